package kz.bagalau.national.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A region's year in figures, as the national read model keeps it: the reporting rates as DHIS2 counts them
 * (bodies expected to report, those whose every direction was submitted, those of them by the reporting
 * deadline), how many directions reached a conclusion (¶45-2) and the final results (¶46), and the results of
 * the bodies scored in full: the mean total and the bodies per rating band.
 */
public record RegionProgress(String region, int year, int bodiesExpected, int bodiesSubmitted, int bodiesOnTime,
                             int directionsTotal, int directionsConcluded, int directionsFinal, int bodiesScored,
                             BigDecimal meanTotal, int ratingHigh, int ratingMedium, int ratingLow,
                             int ratingIneffective) {

    /** Submitted of expected, in per cent with one decimal; null when nobody is expected. */
    public BigDecimal reportingRate() {
        return percent(bodiesSubmitted, bodiesExpected);
    }

    /** Submitted by the deadline of expected, in per cent with one decimal; null when nobody is expected. */
    public BigDecimal onTimeRate() {
        return percent(bodiesOnTime, bodiesExpected);
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
