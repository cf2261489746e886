package kz.bagalau.methodology.domain;

import kz.bagalau.shared.domain.RuleViolation;

/**
 * Yes or no, reported as 1 or 0. For a higher-is-better indicator "yes" earns the points (competitions run
 * without violations); for a lower-is-better one "no" does.
 */
public record YesNoRule() implements ScoringRule {

    @Override
    public RuleType type() {
        return RuleType.YES_NO;
    }

    @Override
    public double fraction(IndicatorInputs in, Polarity polarity, double maxPoints) {
        if (in.actual() == null) {
            throw new RuleViolation("scoring.input.missing");
        }
        boolean yes = in.actual().signum() != 0;
        return yes == (polarity == Polarity.HIGHER) ? 1 : 0;
    }

    @Override
    public String toJson() {
        return "{}";
    }
}
