package kz.bagalau.methodology.domain;

import java.math.BigDecimal;
import kz.bagalau.shared.domain.Jsons;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Actual against target, capped at 100 %: for a higher-is-better indicator actual ÷ target, for a
 * lower-is-better one target ÷ actual. The target is fixed by the methodology ({@code fixedTarget}, e.g.
 * 100 %) or reported with the value (the plan for the year).
 */
public record RatioRule(BigDecimal fixedTarget) implements ScoringRule {

    @Override
    public RuleType type() {
        return RuleType.RATIO;
    }

    @Override
    public double fraction(IndicatorInputs in, Polarity polarity, double maxPoints) {
        BigDecimal target = fixedTarget != null ? fixedTarget : in.target();
        if (in.actual() == null || target == null) {
            throw new RuleViolation("scoring.input.missing");
        }
        double actual = in.actual().doubleValue();
        double t = target.doubleValue();
        if (polarity == Polarity.HIGHER) {
            return t <= 0 ? (actual >= t ? 1 : 0) : ScoringRule.clamp(actual / t);
        }
        return actual <= 0 ? 1 : ScoringRule.clamp(t / actual);
    }

    @Override
    public String toJson() {
        var b = Jsons.PROVIDER.createObjectBuilder();
        if (fixedTarget != null) {
            b.add("target", fixedTarget);
        }
        return b.build().toString();
    }
}
