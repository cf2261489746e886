package kz.bagalau.national.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.bagalau.national.domain.StepStatus;
import kz.bagalau.tenancy.application.TenantSummary;

/**
 * The national picture of one year (¶53), one line per region: the last step it completed, how its deadlines
 * stand, its reporting, its mean total and bodies per rating band, and its mean per direction (1-7, null where
 * no body is scored on it), and how its akim's 25 July report stands (¶53). Live figures of the read model as of
 * {@code asOf}.
 */
public record NationalSummary(int year, Instant asOf, List<Row> rows) {

    public NationalSummary {
        rows = List.copyOf(rows);
    }

    /** One region's line. */
    public record Row(TenantSummary region, String stepReached, int deadlinesMet, int deadlinesLate,
                      int deadlinesMissed, int bodiesExpected, int bodiesSubmitted, int bodiesScored,
                      BigDecimal meanTotal, int ratingHigh, int ratingMedium, int ratingLow, int ratingIneffective,
                      List<BigDecimal> directionMeans, StepStatus reportStatus, Instant reportDoneAt) {

        public Row {
            directionMeans = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(directionMeans));
        }
    }
}
