package kz.bagalau.cycle.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DeadlineExtension;
import kz.bagalau.cycle.domain.Deadlines;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.StepRefusedAsLate;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The gate every step of the cycle passes: after its deadline (end of day in the region's zone) a step is
 * refused unless an authorised role granted an extension covering it; the refusal itself is recorded in the
 * audit log (¶62-¶64) in its own transaction, so it survives the refused action's rollback.
 */
@Stateless
public class DeadlineGuard {

    @Inject
    private CycleRepository cycles;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    @Inject
    private DomainEvents events;

    /**
     * @param fixed a deadline of its own (an appeal's decision date), or null for the step's deadline
     * @throws RuleViolation "deadline.passed" when late and not extended
     */
    public void require(int year, CycleStep step, Long bodyId, Integer direction, Long appealId, LocalDate fixed) {
        Optional<LocalDate> deadline = effective(year, step, bodyId, direction, appealId, fixed);
        if (deadline.isPresent() && Deadlines.passed(deadline.get(), time.zone(), time.clock().instant())) {
            session.getBusinessObject(DeadlineGuard.class).recordRefusal(year, step, bodyId, direction, deadline.get());
            throw new RuleViolation("deadline.passed", step.paragraph(), deadline.get());
        }
    }

    /** The deadline that applies, extensions included; empty when the step has none yet (no schedule). */
    public Optional<LocalDate> effective(int year, CycleStep step, Long bodyId, Integer direction, Long appealId,
                                        LocalDate fixed) {
        return effective(cycles.extensions(year), year, step, bodyId, direction, appealId, fixed);
    }

    /** The same, with the year's extensions already read: a list page asks for hundreds of deadlines. */
    public Optional<LocalDate> effective(List<DeadlineExtension> extensions, int year, CycleStep step, Long bodyId,
                                        Integer direction, Long appealId, LocalDate fixed) {
        Optional<LocalDate> base = fixed != null ? Optional.of(fixed)
                : step == CycleStep.REPORTING ? cycles.findCycle(year).map(EvaluationCycle::reportingDeadline)
                : step.fixedDate(year);
        return base.map(d -> extensions.stream()
                .filter(x -> x.covers(step, bodyId, direction, appealId))
                .map(DeadlineExtension::until)
                .filter(u -> u.isAfter(d))
                .max(LocalDate::compareTo)
                .orElse(d));
    }

    /** Records the refusal and announces it, in a transaction of its own that the refused action cannot undo. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRefusal(int year, CycleStep step, Long bodyId, Integer direction, LocalDate deadline) {
        audit.record("DEADLINE_REFUSED", "cycle_step", step.name(), null, Map.of("year", year, "step", step.name(),
                "paragraph", step.paragraph(), "deadline", deadline.toString(),
                "body", bodyId == null ? "" : bodyId.toString(), "direction", direction == null ? "" : direction.toString()));
        events.publish(new StepRefusedAsLate(TenantContext.require().tenantCode(), year, step.name(), bodyId, direction,
                deadline, session.getCallerPrincipal().getName(), time.clock().instant()));
    }
}
