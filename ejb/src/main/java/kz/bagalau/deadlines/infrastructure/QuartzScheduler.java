package kz.bagalau.deadlines.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.bagalau.deadlines.application.ClockWatch;
import kz.bagalau.deadlines.application.DeadlineSweep;
import kz.bagalau.deadlines.application.MailDelivery;
import kz.bagalau.deadlines.application.MinistryStatusMail;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.impl.StdSchedulerFactory;

/**
 * The portal's Quartz scheduler: JDBC job store on the portal's PostgreSQL, clustered (every node runs one, all
 * under the instance name {@code bagalau}; Quartz's row locks let exactly one node fire each trigger). Two jobs:
 * the deadline sweep, which fires every region's firings that fell due, and the outbox delivery. Each run works
 * in every region at once, each on one of six threads of the managed thread factory with that region
 * open, closed in {@code finally}; Quartz's thread only waits.
 *
 * <p>The plan itself lives in the regions' {@code deadline_trigger} rows, not in one Quartz trigger per deadline:
 * the portal's clock can be moved (demo, tests) and Quartz only knows real time, so Quartz gives the cluster-wide
 * heartbeat and the rows give the instants, compared with the portal's clock.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class QuartzScheduler {

    private static final Logger LOG = Logger.getLogger(QuartzScheduler.class.getName());
    private static final String GROUP = "bagalau";
    static final JobKey SWEEP = JobKey.jobKey("deadline-sweep", GROUP);
    static final JobKey DELIVERY = JobKey.jobKey("mail-delivery", GROUP);

    @Resource
    private ManagedThreadFactory threads;

    /** Six workers with the application's context (naming, CDI, class loader), made by the managed thread factory. */
    private ExecutorService executor;

    @Inject
    private TenantDirectory tenants;

    @EJB
    private DeadlineSweep sweep;

    @EJB
    private MailDelivery delivery;

    @EJB
    private MinistryStatusMail ministryStatus;

    @Inject
    private ClockWatch clockWatch;

    @Inject
    @ConfigProperty(name = "bagalau.scheduler.enabled", defaultValue = "true")
    private boolean enabled;

    @Inject
    @ConfigProperty(name = "bagalau.scheduler.sweep-seconds", defaultValue = "5")
    private int sweepSeconds;

    @Inject
    @ConfigProperty(name = "bagalau.scheduler.delivery-seconds", defaultValue = "2")
    private int deliverySeconds;

    @Inject
    @ConfigProperty(name = "bagalau.db.url")
    private String dbUrl;

    @Inject
    @ConfigProperty(name = "bagalau.db.user")
    private String dbUser;

    @Inject
    @ConfigProperty(name = "bagalau.db.password")
    private String dbPassword;

    private Scheduler scheduler;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("Scheduler disabled on this node (bagalau.scheduler.enabled=false)");
            return;
        }
        executor = Executors.newFixedThreadPool(6, threads);
        try {
            scheduler = new StdSchedulerFactory(properties()).getScheduler();
            scheduler.setJobFactory((bundle, s) -> {
                JobKey key = bundle.getJobDetail().getKey();
                return SWEEP.equals(key) ? new ContainerJob.Sweep(this::sweepAll)
                        : new ContainerJob.Delivery(this::deliverAll);
            });
            schedule(JobBuilder.newJob(ContainerJob.Sweep.class).withIdentity(SWEEP).storeDurably().build(), sweepSeconds);
            schedule(JobBuilder.newJob(ContainerJob.Delivery.class).withIdentity(DELIVERY).storeDurably().build(),
                    deliverySeconds);
            scheduler.start();
            LOG.info(() -> "Scheduler started, node " + instanceId() + ", sweep every " + sweepSeconds
                    + " s, delivery every " + deliverySeconds + " s");
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not start the scheduler", e);
        }
    }

    @PreDestroy
    void stop() {
        if (scheduler != null) {
            try {
                // Daemon threads and no waiting: a run in progress is cut off with its transaction, never half
                // committed, and the next node's run picks its work up.
                scheduler.shutdown(false);
            } catch (SchedulerException e) {
                LOG.log(Level.WARNING, "Scheduler did not shut down cleanly", e);
            }
        }
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Runs the outbox delivery now (after a firing wrote mails), on whichever node Quartz picks. */
    public void deliverSoon() {
        if (scheduler != null) {
            try {
                scheduler.triggerJob(DELIVERY);
            } catch (SchedulerException e) {
                LOG.log(Level.WARNING, "Could not trigger the delivery", e);
            }
        }
    }

    /** Stops (standby) or resumes firing on this node; while in standby the node fires nothing. */
    public void standby(boolean on) throws SchedulerException {
        if (scheduler != null) {
            if (on) {
                scheduler.standby();
            } else {
                scheduler.start();
            }
        }
    }

    /** This node's Quartz instance id, or "disabled". */
    public String instanceId() {
        try {
            return scheduler == null ? "disabled" : scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "unknown";
        }
    }

    private void schedule(JobDetail job, int seconds) throws SchedulerException {
        Trigger trigger = TriggerBuilder.newTrigger().withIdentity(job.getKey().getName(), GROUP).forJob(job)
                .startNow().withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(seconds)
                        .withMisfireHandlingInstructionNextWithRemainingCount()).build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }

    private <T> T onContainer(Callable<T> work) throws InterruptedException, ExecutionException {
        return executor.submit(work).get();
    }

    private void sweepAll() throws InterruptedException, ExecutionException {
        long started = System.nanoTime();
        ClockWatch.Look look = onContainer(clockWatch::look);
        int fired = inEveryRegion("Deadline sweep", () -> sweep.sweep(look))
                + national("Ministry status", ministryStatus::sweep);
        if (fired > 0) {
            deliverSoon();
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (fired > 0 || look.movedTo().isPresent() || ms > 2_000) {
            int done = fired;
            LOG.info(() -> "Deadline sweep at " + look.now() + look.movedTo().map(m -> " (clock moved to " + m + ")")
                    .orElse("") + ": " + done + " firings in " + ms + " ms");
        }
    }

    private void deliverAll() throws InterruptedException, ExecutionException {
        inEveryRegion("Mail delivery", delivery::deliverDue);
        national("National mail delivery", ministryStatus::deliverDue);
    }

    /** Runs national work (no region open) on a managed thread; a failure is logged and counts nothing. */
    private int national(String what, Callable<Integer> work) throws InterruptedException {
        try {
            return onContainer(work);
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, what + " failed", e.getCause());
            return 0;
        }
    }

    /**
     * Runs {@code work} in every active region at once, each on a managed thread with its region open (closed in
     * {@code finally}); a region that fails is logged and does not stop the others. A suspended region is left out:
     * its deadlines and reminders pause until it is resumed. Returns the sum of the counts.
     */
    private int inEveryRegion(String what, Callable<Integer> work) throws InterruptedException, ExecutionException {
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (TenantSummary t : onContainer(tenants::active)) {
            tasks.add(() -> {
                try {
                    return TenantContext.callAs(TenantAccess.readWrite(t.code()), () -> {
                        try {
                            return work.call();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, what + " failed in " + t.code(), e);
                    return 0;
                }
            });
        }
        int sum = 0;
        for (Future<Integer> done : executor.invokeAll(tasks)) {
            sum += done.get();
        }
        return sum;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("org.quartz.scheduler.instanceName", "bagalau");
        p.put("org.quartz.scheduler.instanceId", "AUTO");
        p.put("org.quartz.scheduler.skipUpdateCheck", "true");
        p.put("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.put("org.quartz.threadPool.threadCount", "2");
        p.put("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.put("org.quartz.threadPool.threadsInheritContextClassLoaderOfInitializingThread", "true");
        p.put("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.put("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        p.put("org.quartz.jobStore.tablePrefix", "qrtz_");
        p.put("org.quartz.jobStore.isClustered", "true");
        p.put("org.quartz.jobStore.clusterCheckinInterval", "5000");
        p.put("org.quartz.jobStore.misfireThreshold", "60000");
        p.put("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.put("org.quartz.jobStore.dataSource", "bagalau");
        p.put("org.quartz.dataSource.bagalau.provider", "hikaricp");
        p.put("org.quartz.dataSource.bagalau.driver", "org.postgresql.Driver");
        p.put("org.quartz.dataSource.bagalau.URL", dbUrl);
        p.put("org.quartz.dataSource.bagalau.user", dbUser);
        p.put("org.quartz.dataSource.bagalau.password", dbPassword);
        p.put("org.quartz.dataSource.bagalau.maxConnections", "4");
        return p;
    }
}
