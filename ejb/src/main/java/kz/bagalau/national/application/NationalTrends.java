package kz.bagalau.national.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * Year over year (issue 10's results): for every year the read model holds, oldest first, each region's mean
 * total and the national mean per direction (the regions' means weighted by the bodies scored). A year a region
 * has no scored body shows null.
 */
public record NationalTrends(List<Integer> years, List<RegionTrend> regions, List<DirectionTrend> directions) {

    /** A region's mean total per year, in the order of {@code years}. */
    public record RegionTrend(String region, List<BigDecimal> means) {

        public RegionTrend {
            means = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(means));
        }

        /** The change from the year before the last to the last, or null when either is missing. */
        public BigDecimal lastChange() {
            if (means.size() < 2 || means.get(means.size() - 1) == null || means.get(means.size() - 2) == null) {
                return null;
            }
            return means.get(means.size() - 1).subtract(means.get(means.size() - 2));
        }
    }

    /** A direction's national mean per year, in the order of {@code years}. */
    public record DirectionTrend(int direction, List<BigDecimal> means) {

        public DirectionTrend {
            means = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(means));
        }
    }

    public NationalTrends {
        years = List.copyOf(years);
        regions = List.copyOf(regions);
        directions = List.copyOf(directions);
    }
}
