package kz.bagalau.deadlines.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.bagalau.deadlines.domain.DeadlineTriggerRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The scheduler's work in the current region: plan what has no plan, skip what a moved clock jumped over, then
 * do each firing that fell due, each in a transaction of its own that marks it done with its effects (mails,
 * breaches), so a firing is done once even if two nodes reach it.
 */
@Stateless
@PermitAll
public class DeadlineSweep {

    @Inject
    private DeadlineTriggerRepository triggers;

    @Inject
    private TriggerPlanner planner;

    @Inject
    private DeadlineFirings firings;

    @Inject
    @ConfigProperty(name = "bagalau.scheduler.late-after-seconds", defaultValue = "60")
    private long lateAfterSeconds;

    @Resource
    private SessionContext session;

    /**
     * Sweeps the current region as of {@code look}: its time is read once, before the regions are swept, so a
     * clock moved during a sweep is seen by the next one (as a move), never as time that passed.
     * @return how many firings were done
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep(ClockWatch.Look look) {
        DeadlineSweep self = session.getBusinessObject(DeadlineSweep.class);
        self.prepare(look.movedTo());
        int done = 0;
        for (long id : self.dueIds(look.now())) {
            if (self.fireOne(id)) {
                done++;
            }
        }
        return done;
    }

    /** Plans what has no plan; after a move of the clock, skips what it jumped over (before the moved-to instant). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void prepare(Optional<Instant> movedTo) {
        triggers.holdPlan();
        planner.planMissing();
        movedTo.ifPresent(triggers::rebase);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIds(Instant now) {
        return triggers.dueIds(now, 500);
    }

    /** Does firing {@code id} unless another node holds or did it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean fireOne(long id) {
        return triggers.lockPlanned(id).map(t -> {
            firings.fire(t, Duration.ofSeconds(lateAfterSeconds));
            return true;
        }).orElse(false);
    }
}
