package kz.bagalau.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.bagalau.identity.application.PasswordHasher;
import kz.bagalau.national.application.NationalRebuild;
import kz.bagalau.shared.infrastructure.DataSources;
import kz.bagalau.tenancy.infrastructure.TenantCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database for the demo ({@code bagalau.demo=true}): every region's bodies and the demo
 * accounts, all with the password {@code demo}. Runs once, in one transaction; a database that already has
 * users is left alone.
 *
 * <p>Outside demo mode no account has a default password: the first platform administrator is created only
 * when {@code bagalau.admin.initial-password} is given, and only if no administrator exists yet.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    /** The evaluated year the demo shows finished and published in every region. */
    static final int FINISHED_YEAR = 2025;

    /** The evaluated year whose cycle is under way, at a different step in each group of regions. */
    static final int CURRENT_YEAR = 2026;

    /** The step each region's current cycle has reached; the rest of the regions are still reporting. */
    private static final Map<String, DemoStage> STAGES = Map.ofEntries(
            Map.entry("akmola", DemoStage.EVALUATION), Map.entry("aktobe", DemoStage.EVALUATION),
            Map.entry("jambyl", DemoStage.EVALUATION), Map.entry("turkistan", DemoStage.EVALUATION),
            Map.entry("almaty-region", DemoStage.APPEALS), Map.entry("atyrau", DemoStage.APPEALS),
            Map.entry("karaganda", DemoStage.APPEALS), Map.entry("shymkent", DemoStage.APPEALS),
            Map.entry("east-kazakhstan", DemoStage.FINAL), Map.entry("west-kazakhstan", DemoStage.FINAL),
            Map.entry("kyzylorda", DemoStage.FINAL), Map.entry("astana", DemoStage.FINAL),
            Map.entry("abai", DemoStage.GENERAL_SUBMITTED), Map.entry("mangystau", DemoStage.GENERAL_SUBMITTED),
            Map.entry("ulytau", DemoStage.GENERAL_SUBMITTED), Map.entry("almaty", DemoStage.GENERAL_SUBMITTED));

    /** Regions written at once: one more than the cores, so that a worker waiting on the database is covered. */
    private static final int SEEDERS = Math.min(4, Runtime.getRuntime().availableProcessors() + 1);

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = DataSources.OWNER)
    private DataSource owner;

    @Inject
    private PasswordHasher hasher;

    @Resource
    private ManagedExecutorService executor;

    @jakarta.ejb.EJB
    private DemoMethodologySeed methodologySeed;

    @jakarta.ejb.EJB
    private DemoEvaluationSeed evaluationSeed;

    @jakarta.ejb.EJB
    private DemoCycleSeed cycleSeed;

    @jakarta.ejb.EJB
    private NationalRebuild national;

    @Inject
    @ConfigProperty(name = "bagalau.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "bagalau.admin.initial-password")
    private Optional<String> initialAdminPassword;

    @PostConstruct
    void load() {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (demo && !hasUsers(c)) {
                    long started = System.nanoTime();
                    int users = DemoRegistrySeed.write(c, hasher.hash("demo".toCharArray()));
                    c.commit();
                    LOG.info(() -> String.format("Demo data loaded: %d accounts in %d ms", users,
                            (System.nanoTime() - started) / 1_000_000));
                } else if (demo) {
                    int added = DemoRegistrySeed.topUp(c, hasher.hash("demo".toCharArray()));
                    c.commit();
                    if (added > 0) {
                        LOG.info(() -> String.format("Demo accounts added to an older demo database: %d", added));
                    }
                } else {
                    createFirstAdministrator(c);
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading start-up data failed", e);
        }
        if (demo) {
            loadEvaluations();
        }
        // The seed writes regional rows directly, without events: the national read model is counted from them.
        national.rebuildIfEmpty();
    }

    /**
     * Methodologies, then in each region the finished year and the year under way, each evaluation and cycle
     * step skipped where already there. Regions share nothing (each has its own rows and its own audit chain), so
     * they are written by {@link #SEEDERS} workers at once: while one waits for PostgreSQL another computes,
     * which on two cores brings the first start of the demo under a minute.
     */
    private void loadEvaluations() {
        long started = System.nanoTime();
        methodologySeed.seed();
        List<List<String>> shares = new ArrayList<>();
        List<TenantCatalog.Entry> regions = TenantCatalog.load();
        for (int i = 0; i < regions.size(); i++) {
            if (i < SEEDERS) {
                shares.add(new ArrayList<>());
            }
            shares.get(i % SEEDERS).add(regions.get(i).code());
        }
        List<Future<Integer>> seeded = shares.stream().map(share -> executor.submit(() -> seedRegions(share))).toList();
        int count = 0;
        for (Future<Integer> share : seeded) {
            try {
                count += share.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("Seeding the demo evaluations failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Seeding the demo evaluations was interrupted", e);
            }
        }
        int written = count;
        LOG.info(() -> String.format("Demo evaluations loaded: %d in %d ms", written,
                (System.nanoTime() - started) / 1_000_000));
    }

    private int seedRegions(List<String> codes) {
        int count = 0;
        for (String code : codes) {
            count += evaluationSeed.seed(code, FINISHED_YEAR, DemoStage.COMPLETE);
            cycleSeed.seed(code, FINISHED_YEAR, DemoStage.COMPLETE);
            DemoStage stage = STAGES.getOrDefault(code, DemoStage.REPORTING);
            count += evaluationSeed.seed(code, CURRENT_YEAR, stage);
            cycleSeed.seed(code, CURRENT_YEAR, stage);
        }
        return count;
    }

    private void createFirstAdministrator(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from app_user where roles like '%PLATFORM_ADMIN%'");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return;
            }
        }
        if (initialAdminPassword.filter(p -> p.length() >= 12).isEmpty()) {
            LOG.warning("No platform administrator exists. Set bagalau.admin.initial-password "
                    + "(BAGALAU_ADMIN_INITIAL_PASSWORD, at least 12 characters) for one start to create 'admin'.");
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into app_user (username, password_hash, display_name,"
                + " roles) values ('admin', ?, 'Platform administrator', 'PLATFORM_ADMIN')")) {
            ps.setString(1, hasher.hash(initialAdminPassword.get().toCharArray()));
            ps.executeUpdate();
        }
        LOG.info("Created the first platform administrator 'admin'.");
    }

    private static boolean hasUsers(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select exists (select 1 from app_user)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
