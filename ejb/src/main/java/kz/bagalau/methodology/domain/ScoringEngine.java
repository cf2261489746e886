package kz.bagalau.methodology.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Scores a direction from its methodology and the verified values: each indicator earns a share of its
 * points by its rule; a criterion's score (0-100) is the weighted mean of its indicators' shares; the
 * direction's score is the weighted mean of its criteria. Indicators that do not apply to the kind of body
 * are left out and the remaining weights renormalised; a rejected value (¶42) earns nothing.
 */
public final class ScoringEngine {

    /** The value an indicator is scored from, or a rejection by the evaluator. */
    public record ScoredInput(IndicatorInputs inputs, boolean rejected) {

        public static ScoredInput of(IndicatorInputs inputs) {
            return new ScoredInput(inputs, false);
        }

        public static ScoredInput rejectedValue() {
            return new ScoredInput(null, true);
        }
    }

    public record IndicatorResult(String code, double fraction, double points) {
    }

    public record CriterionResult(String code, BigDecimal score, List<IndicatorResult> indicators) {
    }

    public record DirectionResult(BigDecimal score, List<CriterionResult> criteria) {
    }

    /** A direction's score with the weight it carries in the total. */
    public record WeightedScore(BigDecimal score, BigDecimal weight) {
    }

    private ScoringEngine() {
    }

    /**
     * @param inputs by indicator code; every indicator that applies to {@code type} must have one
     * @return empty when no indicator of the methodology applies to this kind of body
     * @throws RuleViolation "scoring.value.missing" naming the first indicator without a value
     */
    public static Optional<DirectionResult> score(Methodology methodology, BodyType type, Map<String, ScoredInput> inputs) {
        List<CriterionResult> criteria = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (Criterion criterion : methodology.criteria()) {
            List<IndicatorResult> results = new ArrayList<>();
            double sum = 0;
            double sumWeights = 0;
            for (Indicator indicator : criterion.indicators()) {
                if (!indicator.appliesTo(type)) {
                    continue;
                }
                ScoredInput input = inputs.get(indicator.code());
                if (input == null) {
                    throw new RuleViolation("scoring.value.missing", indicator.code());
                }
                double max = indicator.maxPoints().doubleValue();
                double fraction = input.rejected() ? 0 : indicator.rule().fraction(input.inputs(), indicator.polarity(), max);
                results.add(new IndicatorResult(indicator.code(), fraction, fraction * max));
                sum += indicator.weight().doubleValue() * fraction;
                sumWeights += indicator.weight().doubleValue();
            }
            if (sumWeights == 0) {
                continue;
            }
            double criterionScore = 100 * sum / sumWeights;
            criteria.add(new CriterionResult(criterion.code(), round(criterionScore), results));
            weighted += criterion.weight().doubleValue() * criterionScore;
            weights += criterion.weight().doubleValue();
        }
        if (weights == 0) {
            return Optional.empty();
        }
        return Optional.of(new DirectionResult(round(weighted / weights), criteria));
    }

    /**
     * A body's total: the weighted mean of the scores of the directions that apply to it; a direction that does
     * not apply (direction 7 for a department) is simply absent, so the other weights are renormalised.
     */
    public static BigDecimal total(Collection<WeightedScore> directions) {
        double sum = 0;
        double weights = 0;
        for (WeightedScore d : directions) {
            sum += d.score().doubleValue() * d.weight().doubleValue();
            weights += d.weight().doubleValue();
        }
        if (weights == 0) {
            throw new RuleViolation("scoring.total.empty");
        }
        return round(sum / weights);
    }

    static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
