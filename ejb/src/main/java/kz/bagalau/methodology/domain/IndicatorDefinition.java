package kz.bagalau.methodology.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Everything the ministry states about one indicator. Checked as a whole: a ratio without a fixed target
 * needs a reported target; ranges must be ordered; weights and points positive (¶17: unambiguous for both
 * sides).
 */
public record IndicatorDefinition(String code, LocalizedText name, String descriptionKk, String descriptionRu,
                                  String descriptionEn, String unit, Polarity polarity, ScoringRule rule,
                                  boolean hasTarget, BigDecimal weight, BigDecimal maxPoints, SourceType sourceType,
                                  boolean evidenceRequired, Applicability appliesTo, BigDecimal minValue,
                                  BigDecimal maxValue) {

    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    public IndicatorDefinition {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("methodology.code.invalid", String.valueOf(code));
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(polarity, "polarity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(sourceType, "sourceType");
        appliesTo = appliesTo == null ? Applicability.ALL : appliesTo;
        if (unit == null || unit.isBlank()) {
            throw new RuleViolation("methodology.unit.required", code);
        }
        if (weight == null || weight.signum() <= 0 || maxPoints == null || maxPoints.signum() <= 0) {
            throw new RuleViolation("methodology.weight.positive", code);
        }
        if (rule instanceof RatioRule r && r.fixedTarget() == null && !hasTarget) {
            throw new RuleViolation("methodology.ratio.target", code);
        }
        if (minValue != null && maxValue != null && minValue.compareTo(maxValue) > 0) {
            throw new RuleViolation("methodology.range.order", code);
        }
    }
}
