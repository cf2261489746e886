package kz.bagalau.methodology.domain;

import java.math.BigDecimal;
import java.util.Map;

/**
 * What one indicator is scored from: the actual value (for yes/no: 1 or 0; for penalties: the number of
 * violations), the target where the indicator has one, and the named extra inputs a formula reads.
 */
public record IndicatorInputs(BigDecimal actual, BigDecimal target, Map<String, BigDecimal> extra) {

    public IndicatorInputs {
        extra = extra == null ? Map.of() : Map.copyOf(extra);
    }

    public static IndicatorInputs of(BigDecimal actual, BigDecimal target) {
        return new IndicatorInputs(actual, target, Map.of());
    }
}
