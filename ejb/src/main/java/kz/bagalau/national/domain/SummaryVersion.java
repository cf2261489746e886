package kz.bagalau.national.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One generated version of the ministry's 15 August summary (¶53): its number within the year, the language, the
 * ministry's own texts, who generated it and when, and whether and when it was sent on.
 */
public record SummaryVersion(long id, int year, int version, String language, String intro, String recommendations,
                             String planningResults, String generatedBy, Instant generatedAt, String sentBy,
                             Instant sentAt) {

    private static final ZoneId CAPITAL = ZoneId.of("Asia/Almaty");

    /** The day the summary is due: 15 August of the year after the evaluated one (¶53). */
    public static LocalDate dueDate(int year) {
        return LocalDate.of(year + 1, 8, 15);
    }

    /** Sent after the end of 15 August in the capital (¶6: a late act stays shown as late). */
    public boolean sentLate() {
        return sentAt != null && !sentAt.isBefore(dueDate(year).plusDays(1).atStartOfDay(CAPITAL).toInstant());
    }
}
