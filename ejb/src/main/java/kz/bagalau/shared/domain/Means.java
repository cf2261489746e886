package kz.bagalau.shared.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The mean the portal shows of scores and totals: of the values that exist, to two decimals, half up; none when no
 * value exists. One rule, so a page, a document and an export never round the same figures differently.
 */
public final class Means {

    private Means() {
    }

    /** The mean of the non-null values, or null when there is none. */
    public static BigDecimal of(Collection<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        int count = 0;
        for (BigDecimal v : values) {
            if (v != null) {
                sum = sum.add(v);
                count++;
            }
        }
        return count == 0 ? null : sum.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
