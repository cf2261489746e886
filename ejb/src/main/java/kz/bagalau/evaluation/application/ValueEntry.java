package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.util.Map;

/** One indicator's figure as the data-entry form or the Excel upload sends it. */
public record ValueEntry(long indicatorId, BigDecimal actual, BigDecimal target, Map<String, BigDecimal> inputs,
                         String comment, int sourceType) {

    public ValueEntry {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }
}
