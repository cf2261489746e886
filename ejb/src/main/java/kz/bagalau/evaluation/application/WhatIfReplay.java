package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A methodology what-if: last year's verified values of a direction replayed under a draft version, beside what
 * was really scored. Per region the mean total and its place among the regions, both ways; per body its direction
 * score, total and place in its region, both ways, or why it could not be compared. Nothing here is stored.
 */
public record WhatIfReplay(long methodologyId, int direction, int draftYear, int replayedYear, List<RegionLine> regions,
                           List<BodyLine> bodies) {

    /** A region's mean total of the compared bodies, real and replayed, and its place among the regions. */
    public record RegionLine(String tenantCode, int compared, int notComparable, BigDecimal realMean,
                             BigDecimal whatIfMean, Integer realPlace, Integer whatIfPlace) {

        public BigDecimal change() {
            return realMean == null || whatIfMean == null ? null : whatIfMean.subtract(realMean);
        }
    }

    /**
     * A body's line; {@code missing} names the draft's first indicator last year's values do not have, when the
     * body could not be replayed (its what-if fields are then null).
     */
    public record BodyLine(String tenantCode, BodyRef body, BigDecimal realScore, BigDecimal whatIfScore,
                           BigDecimal realTotal, BigDecimal whatIfTotal, Integer realPlace, Integer whatIfPlace,
                           String missing) {

        public BigDecimal totalChange() {
            return realTotal == null || whatIfTotal == null ? null : whatIfTotal.subtract(realTotal);
        }
    }

    public WhatIfReplay {
        regions = List.copyOf(regions);
        bodies = List.copyOf(bodies);
    }
}
