package kz.bagalau.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.shared.domain.PlainText;

/**
 * What a body reports for one indicator: the actual value, the target where the indicator has one, named
 * extra inputs for a formula, a comment and the source of the figure (¶4).
 */
public record ReportedValue(BigDecimal actual, BigDecimal target, Map<String, BigDecimal> inputs, String comment,
                            SourceType sourceType) {

    /** A comment explains a figure; longer text belongs in an attached document. */
    public static final int MAX_COMMENT = 4_000;

    public ReportedValue {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        comment = PlainText.check(comment, MAX_COMMENT, "label.value.comment");
    }
}
