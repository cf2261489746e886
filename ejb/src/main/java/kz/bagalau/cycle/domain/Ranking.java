package kz.bagalau.cycle.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranking of bodies by total score in the general evaluation (¶12) and the published results (¶54):
 * equal totals share a place, the next place skips accordingly (1, 2, 2, 4); a body without a total has none.
 */
public final class Ranking {

    private Ranking() {
    }

    /** @param totals the totals in descending order, nulls last */
    public static List<Integer> places(List<BigDecimal> totals) {
        List<Integer> places = new ArrayList<>(totals.size());
        for (int i = 0; i < totals.size(); i++) {
            BigDecimal t = totals.get(i);
            if (t == null) {
                places.add(null);
            } else if (i > 0 && totals.get(i - 1) != null && totals.get(i - 1).compareTo(t) == 0) {
                places.add(places.get(i - 1));
            } else {
                places.add(i + 1);
            }
        }
        return places;
    }
}
