package kz.bagalau.cycle.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Optional;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.domain.StepGate;

/**
 * The evaluation's question "may this step happen now?" answered from the region's schedule: each step is
 * the cycle's step of the same deadline, checked by {@link DeadlineGuard} with its extensions.
 */
@ApplicationScoped
public class DeadlineGate implements StepGate {

    @EJB
    private DeadlineGuard deadlines;

    @Inject
    private CycleRepository cycles;

    @Override
    public void requireOpen(Step step, int year, long bodyId, int direction) {
        deadlines.require(year, cycleStep(step), bodyId, direction, null, null);
    }

    @Override
    public Optional<LocalDate> reportingDeadline(int year) {
        return cycles.findCycle(year).map(EvaluationCycle::reportingDeadline);
    }

    static CycleStep cycleStep(Step step) {
        return switch (step) {
            case REPORTING -> CycleStep.REPORTING;
            case CONCLUSIONS -> CycleStep.CONCLUSIONS;
            case CORRECTED_CONCLUSIONS -> CycleStep.CORRECTED_CONCLUSIONS;
        };
    }
}
