package kz.bagalau.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import kz.bagalau.methodology.domain.SourceType;

/**
 * What a body reports for one indicator: the actual value, the target where the indicator has one, named
 * extra inputs for a formula, a comment and the source of the figure (¶4).
 */
public record ReportedValue(BigDecimal actual, BigDecimal target, Map<String, BigDecimal> inputs, String comment,
                            SourceType sourceType) {

    public ReportedValue {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
    }
}
