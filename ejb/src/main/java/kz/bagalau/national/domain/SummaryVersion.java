package kz.bagalau.national.domain;

import java.time.Instant;
import java.time.LocalDate;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.Deadlines;
import kz.bagalau.shared.time.NationalTime;

/**
 * One generated version of the ministry's 15 August summary (¶53): its number within the year, the language, the
 * ministry's own texts, who generated it and when, and whether and when it was sent on.
 */
public record SummaryVersion(long id, int year, int version, String language, String intro, String recommendations,
                             String planningResults, String generatedBy, Instant generatedAt, String sentBy,
                             Instant sentAt) {

    /** The day the summary is due: 15 August of the year after the evaluated one (¶53). */
    public static LocalDate dueDate(int year) {
        return CycleStep.MINISTRY_SUMMARY.fixedDate(year).orElseThrow();
    }

    /** Sent after the end of 15 August in the capital (¶6: a late act stays shown as late). */
    public boolean sentLate() {
        return sentAt != null && Deadlines.passed(dueDate(year), NationalTime.ZONE, sentAt);
    }
}
