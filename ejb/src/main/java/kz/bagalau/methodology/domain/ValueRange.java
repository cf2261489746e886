package kz.bagalau.methodology.domain;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * The figures an indicator can take: the bounds its methodology sets (¶4: the methodology defines each
 * indicator), or where it sets none, the bounds its unit implies: a percentage lies between 0 and 100, a
 * count, a number of persons or days is a whole number of at least 0, yes/no is 0 or 1. A percentage of plan
 * and amounts of money have no implied bound. Checked when the body saves and when it submits.
 */
public record ValueRange(BigDecimal min, BigDecimal max, boolean whole) {

    /** Units measured in whole numbers. */
    public static final Set<String> WHOLE_UNITS = Set.of("count", "persons", "days", "yes_no");

    public static ValueRange of(Indicator i) {
        return of(i.unit(), i.ruleType(), i.minValue(), i.maxValue());
    }

    /** The range of an indicator known by its unit, rule and the methodology's bounds (either may be null). */
    public static ValueRange of(String unit, RuleType rule, BigDecimal min, BigDecimal max) {
        boolean whole = WHOLE_UNITS.contains(unit) || rule == RuleType.YES_NO;
        if (min != null || max != null) {
            return new ValueRange(min, max, whole);
        }
        if (rule == RuleType.YES_NO || "yes_no".equals(unit)) {
            return new ValueRange(BigDecimal.ZERO, BigDecimal.ONE, true);
        }
        return switch (String.valueOf(unit)) {
            case "percent" -> new ValueRange(BigDecimal.ZERO, BigDecimal.valueOf(100), false);
            case "count", "persons", "days" -> new ValueRange(BigDecimal.ZERO, null, true);
            default -> new ValueRange(null, null, whole);
        };
    }

    public boolean contains(BigDecimal value) {
        return (min == null || value.compareTo(min) >= 0) && (max == null || value.compareTo(max) <= 0);
    }

    /** Why {@code value} is not one of this range's figures, as a message key; empty when it is. */
    public Optional<String> refusal(BigDecimal value) {
        if (value == null) {
            return Optional.empty();
        }
        if (!contains(value)) {
            return Optional.of("reporting.value.range");
        }
        if (whole && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("reporting.value.whole");
        }
        return Optional.empty();
    }

    public static String shown(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
