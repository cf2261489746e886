package kz.bagalau.methodology.domain;

import java.util.List;

/**
 * Turns an indicator's inputs into the share of its maximum points it earns, between 0 and 1. The rule's
 * parameters are stored as a small JSON object next to its type (see {@link ScoringRules}).
 */
public sealed interface ScoringRule permits RatioRule, BandsRule, YesNoRule, PenaltyRule, FormulaRule {

    RuleType type();

    /**
     * @param maxPoints the indicator's maximum points (penalties are stated in points)
     * @return the earned share of {@code maxPoints}, in [0, 1]
     * @throws kz.bagalau.shared.domain.RuleViolation when an input the rule needs is missing
     */
    double fraction(IndicatorInputs inputs, Polarity polarity, double maxPoints);

    /** Names of extra inputs the body reports for this indicator (only formulas have any). */
    default List<String> extraInputs() {
        return List.of();
    }

    /** The parameters as stored in {@code methodology_indicator.rule_params}. */
    String toJson();

    static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(0, Math.min(1, value));
    }
}
