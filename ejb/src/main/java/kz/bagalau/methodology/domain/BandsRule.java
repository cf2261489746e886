package kz.bagalau.methodology.domain;

import jakarta.json.JsonArrayBuilder;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import kz.bagalau.shared.domain.Jsons;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Threshold bands: each band gives a share of the points (in %) from its threshold on. For a higher-is-better
 * indicator the best band whose threshold the value reaches counts; for a lower-is-better one the best band
 * whose threshold the value does not exceed.
 */
public record BandsRule(List<Band> bands) implements ScoringRule {

    /** From {@code threshold} on, {@code percent} of the points. */
    public record Band(BigDecimal threshold, BigDecimal percent) {

        public Band {
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
                throw new RuleViolation("methodology.bands.percent", percent);
            }
        }
    }

    public BandsRule {
        if (bands == null || bands.isEmpty()) {
            throw new RuleViolation("methodology.bands.empty");
        }
        bands = List.copyOf(bands);
    }

    @Override
    public RuleType type() {
        return RuleType.BANDS;
    }

    @Override
    public double fraction(IndicatorInputs in, Polarity polarity, double maxPoints) {
        if (in.actual() == null) {
            throw new RuleViolation("scoring.input.missing");
        }
        BigDecimal value = in.actual();
        return bands.stream()
                .filter(b -> polarity == Polarity.HIGHER ? value.compareTo(b.threshold()) >= 0
                        : value.compareTo(b.threshold()) <= 0)
                .max(Comparator.comparing(Band::percent))
                .map(b -> b.percent().doubleValue() / 100)
                .orElse(0.0);
    }

    @Override
    public String toJson() {
        JsonArrayBuilder array = Jsons.PROVIDER.createArrayBuilder();
        bands.forEach(b -> array.add(Jsons.PROVIDER.createArrayBuilder().add(b.threshold()).add(b.percent())));
        return Jsons.PROVIDER.createObjectBuilder().add("bands", array).build().toString();
    }
}
