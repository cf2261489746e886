package kz.bagalau.national.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What a region's own data says of one year, counted in one pass over its evaluations: the figures of
 * {@link RegionProgress} and, for the steps every direction must pass, when the last direction passed them
 * (null until all have).
 */
public record RegionTally(int bodiesExpected, int bodiesSubmitted, int bodiesOnTime, int directionsTotal,
                          int directionsConcluded, int directionsFinal, int bodiesScored, BigDecimal meanTotal,
                          int ratingHigh, int ratingMedium, int ratingLow, int ratingIneffective,
                          Instant allSubmittedAt, Instant allConcludedAt, Instant allFinalAt) {

    public RegionProgress progress(String region, int year) {
        return new RegionProgress(region, year, bodiesExpected, bodiesSubmitted, bodiesOnTime, directionsTotal,
                directionsConcluded, directionsFinal, bodiesScored, meanTotal, ratingHigh, ratingMedium, ratingLow,
                ratingIneffective);
    }
}
