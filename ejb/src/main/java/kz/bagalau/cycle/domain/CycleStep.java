package kz.bagalau.cycle.domain;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The steps of the yearly cycle with their deadlines (¶7, decree ¶4). The evaluation of year Y is carried
 * out in Y+1: the schedule is approved by 1 December of Y, reporting is due on the date the schedule sets,
 * the other steps on fixed dates of Y+1.
 */
public enum CycleStep {
    /** ¶8, decree ¶4: the schedule is drafted and approved; changes only until 1 December of Y. */
    SCHEDULE("¶8", null),
    /** ¶7.1, ¶41: bodies send their reporting information; the date is the schedule's. */
    REPORTING("¶7.1", null),
    /** ¶7.2, ¶45-2: conclusions go to the bodies. */
    CONCLUSIONS("¶45-2", MonthDay.of(6, 1)),
    /** ¶55, ¶58: appeal decisions, five working days after filing (per appeal). */
    APPEAL_DECISION("¶58", null),
    /** ¶44: information or documents an evaluator requested, by the request's own due date (per request). */
    DOCUMENT_REQUEST("¶44", null),
    /** ¶55: the body's appeal window, five working days from the receipt of a conclusion (per conclusion). */
    APPEAL_WINDOW("¶55", null),
    /** ¶7.3, ¶46: conclusions corrected after appeals go to the planning body. */
    CORRECTED_CONCLUSIONS("¶46", MonthDay.of(6, 15)),
    /** ¶7.4, ¶49: the general evaluation goes to the Regional Expert Commission. */
    GENERAL_EVALUATION("¶49", MonthDay.of(7, 1)),
    /** ¶7.5, ¶51: the commission sends the results with its expert conclusion to the akim. */
    COMMISSION("¶51", MonthDay.of(7, 15)),
    /** ¶7.6, ¶53: the akim reports to the central ministry. */
    AKIM_REPORT("¶53", MonthDay.of(7, 25)),
    /** ¶53: the ministry's summary of all regions, national. */
    MINISTRY_SUMMARY("¶53", MonthDay.of(8, 15));

    private final String paragraph;
    private final MonthDay fixed;

    CycleStep(String paragraph, MonthDay fixed) {
        this.paragraph = paragraph;
        this.fixed = fixed;
    }

    public String paragraph() {
        return paragraph;
    }

    /** A deadline of one appeal, request or conclusion rather than of the schedule: not shown or extended there. */
    public boolean perSubject() {
        return this == APPEAL_DECISION || this == DOCUMENT_REQUEST || this == APPEAL_WINDOW;
    }

    /** The fixed date of this step for the evaluation of {@code year}; empty for steps whose date varies. */
    public java.util.Optional<LocalDate> fixedDate(int year) {
        if (this == SCHEDULE) {
            return java.util.Optional.of(LocalDate.of(year, 12, 1));
        }
        return java.util.Optional.ofNullable(fixed).map(d -> d.atYear(year + 1));
    }
}
