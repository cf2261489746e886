package kz.bagalau.methodology.domain;

import java.math.BigDecimal;
import kz.bagalau.shared.domain.Jsons;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Points off per violation, never below a floor: points = max(floor, maximum − perViolation × count). The
 * actual value is the number of violations.
 */
public record PenaltyRule(BigDecimal perViolation, BigDecimal floor) implements ScoringRule {

    public PenaltyRule {
        if (perViolation == null || perViolation.signum() <= 0) {
            throw new RuleViolation("methodology.penalty.per");
        }
        if (floor == null || floor.signum() < 0) {
            throw new RuleViolation("methodology.penalty.floor");
        }
    }

    @Override
    public RuleType type() {
        return RuleType.PENALTY;
    }

    @Override
    public double fraction(IndicatorInputs in, Polarity polarity, double maxPoints) {
        if (in.actual() == null) {
            throw new RuleViolation("scoring.input.missing");
        }
        double floorPoints = Math.min(floor.doubleValue(), maxPoints);
        double points = Math.max(floorPoints, maxPoints - perViolation.doubleValue() * in.actual().doubleValue());
        return ScoringRule.clamp(points / maxPoints);
    }

    @Override
    public String toJson() {
        return Jsons.PROVIDER.createObjectBuilder().add("per", perViolation).add("floor", floor).build().toString();
    }
}
