package kz.bagalau.evaluation.domain;

import java.math.BigDecimal;
import java.util.Map;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.shared.domain.PlainText;

/**
 * What a body reports for one indicator: the actual value, the target where the indicator has one, named
 * extra inputs for a formula, a comment, the source of the figure (¶4) and, for a sociological survey, the
 * survey it comes from (¶34).
 */
public record ReportedValue(BigDecimal actual, BigDecimal target, Map<String, BigDecimal> inputs, String comment,
                            SourceType sourceType, SurveyDetails survey) {

    public ReportedValue(BigDecimal actual, BigDecimal target, Map<String, BigDecimal> inputs, String comment,
                         SourceType sourceType) {
        this(actual, target, inputs, comment, sourceType, null);
    }

    /** A comment explains a figure; longer text belongs in an attached document. */
    public static final int MAX_COMMENT = 4_000;

    public ReportedValue {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        comment = PlainText.check(comment, MAX_COMMENT, "label.value.comment");
    }
}
