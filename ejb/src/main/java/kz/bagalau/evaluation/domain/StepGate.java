package kz.bagalau.evaluation.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Asks the yearly cycle whether an evaluation step may happen now. The evaluation knows what a step is; the
 * cycle knows the region's schedule, its deadlines and the extensions granted (¶6, ¶7), and implements this.
 */
public interface StepGate {

    /** The steps of the evaluation that run to a deadline of the schedule. */
    enum Step {
        /** ¶7.1, ¶41: the body submits its reporting information. */
        REPORTING,
        /** ¶7.2, ¶45-2: the first conclusion goes to the body, by 1 June. */
        CONCLUSIONS,
        /** ¶7.3, ¶46, ¶59: a conclusion corrected after an appeal, by 15 June. */
        CORRECTED_CONCLUSIONS
    }

    /**
     * @throws kz.bagalau.shared.domain.RuleViolation "deadline.passed" when the step's deadline for this body
     *                                                and direction has passed and nobody authorised it later
     */
    void requireOpen(Step step, int year, long bodyId, int direction);

    /** The reporting deadline the region's schedule sets for the evaluated year, once a schedule is drafted. */
    Optional<LocalDate> reportingDeadline(int year);
}
