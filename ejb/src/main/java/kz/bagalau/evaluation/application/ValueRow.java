package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.bagalau.evaluation.domain.IndicatorValue;
import kz.bagalau.evaluation.domain.SurveyDetails;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.RatioRule;
import kz.bagalau.methodology.domain.RuleType;

/**
 * One indicator line of a direction with the reported and verified figure, its points and its documents; the
 * row of the data-entry form, the evaluator's workspace and the "why this score" chain.
 *
 * @param previousPoints the points the same indicator earned the year before, if it was scored then
 * @param survey         the sociological survey a figure of source 7 comes from (¶34), once stated
 */
public record ValueRow(long valueId, long indicatorId, String code, String nameKk, String nameRu, String nameEn,
                       String unit, Polarity polarity, RuleType ruleType, boolean needsTarget,
                       List<String> extraInputs, BigDecimal minValue, BigDecimal maxValue, boolean evidenceRequired,
                       int defaultSourceType, BigDecimal maxPoints, BigDecimal actual, BigDecimal target,
                       Map<String, BigDecimal> inputs, String comment, int sourceType, Verification verification,
                       BigDecimal verifiedActual, BigDecimal verifiedTarget, String verificationReason,
                       String verifiedBy, Instant verifiedAt, BigDecimal points, BigDecimal previousPoints,
                       List<FileView> files, SurveyDetails survey) {

    public ValueRow {
        extraInputs = List.copyOf(extraInputs);
        inputs = Map.copyOf(inputs);
        files = List.copyOf(files);
    }

    static ValueRow of(Indicator i, IndicatorValue v, BigDecimal previousPoints, List<FileView> files) {
        boolean needsTarget = i.hasTarget() || i.rule() instanceof RatioRule r && r.fixedTarget() == null;
        return new ValueRow(v.id(), i.id(), i.code(), i.name().kk(), i.name().ru(), i.name().en(), i.unit(),
                i.polarity(), i.ruleType(), needsTarget, i.rule().extraInputs(), i.minValue(), i.maxValue(),
                i.evidenceRequired(), i.sourceType().number(), i.maxPoints(), v.actual(), v.target(), v.inputs(),
                v.comment(), v.sourceType().number(), v.verification(), v.verifiedActual(), v.verifiedTarget(),
                v.verificationReason(), v.verifiedBy(), v.verifiedAt(), v.points(), previousPoints, files,
                v.survey().orElse(null));
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }

    /** The figure that was scored: the corrected one where the evaluator corrected it. */
    public BigDecimal effectiveActual() {
        return verification == Verification.CORRECTED ? verifiedActual : actual;
    }

    public BigDecimal pointsChange() {
        return points == null || previousPoints == null ? null : points.subtract(previousPoints);
    }
}
