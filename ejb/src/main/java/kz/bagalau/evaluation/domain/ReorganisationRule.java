package kz.bagalau.evaluation.domain;

import java.time.LocalDate;
import java.time.Month;
import kz.bagalau.registry.domain.BodyStatus;

/**
 * ¶60-1..¶60-3: what a reorganised or liquidated body's status date means for the evaluation of a year.
 */
public enum ReorganisationRule {
    /** Active, or closed after the reporting deadline: evaluated as usual. */
    EVALUATE,
    /** ¶60-1: closed in the first half of the year: evaluated within the successor, counted in its total. */
    WITHIN_SUCCESSOR,
    /** ¶60-2: closed in the second half: not evaluated; its analysis goes to the successor as recommendations. */
    ANALYSIS_TO_SUCCESSOR,
    /** ¶60-3: closed after the year but before the reporting deadline: evaluated, results to the successor. */
    EVALUATE_AND_PASS_ON,
    /** Closed before the evaluated year began: nothing to evaluate. */
    OUT_OF_SCOPE;

    /**
     * Whether the body has an evaluation of its own for the year: also a ¶60-1 body, evaluated within its
     * successor's evaluation and counted in its total ({@link SuccessorTotal}).
     */
    public boolean evaluated() {
        return this == EVALUATE || this == EVALUATE_AND_PASS_ON || this == WITHIN_SUCCESSOR;
    }

    /** Whether the body's evaluation stands within its successor's (¶60-1) rather than on its own. */
    public boolean withinSuccessor() {
        return this == WITHIN_SUCCESSOR;
    }

    public static ReorganisationRule of(BodyStatus status, LocalDate statusDate, int year, LocalDate reportingDeadline) {
        if (status == BodyStatus.ACTIVE || statusDate == null) {
            return EVALUATE;
        }
        if (statusDate.getYear() < year) {
            return OUT_OF_SCOPE;
        }
        if (statusDate.getYear() == year) {
            return statusDate.getMonthValue() <= Month.JUNE.getValue() ? WITHIN_SUCCESSOR : ANALYSIS_TO_SUCCESSOR;
        }
        return reportingDeadline != null && !statusDate.isAfter(reportingDeadline) ? EVALUATE_AND_PASS_ON : EVALUATE;
    }
}
