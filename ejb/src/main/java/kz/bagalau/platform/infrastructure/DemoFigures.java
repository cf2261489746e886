package kz.bagalau.platform.infrastructure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import kz.bagalau.evaluation.domain.ReportedValue;
import kz.bagalau.evaluation.domain.SurveyDetails;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.methodology.application.UnitGlossary;
import kz.bagalau.methodology.domain.BandsRule;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.PenaltyRule;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.RatioRule;
import kz.bagalau.methodology.domain.ScoringRule;
import kz.bagalau.methodology.domain.SourceType;

/**
 * Plausible, reproducible figures for the demo: each body has a quality between about 0.3 (ineffective) and
 * 1.0 (high), drawn once from its region, code and year; each figure follows from the quality, the
 * indicator's rule and some noise, always inside the indicator's range.
 */
final class DemoFigures {

    private DemoFigures() {
    }

    static Random random(String tenant, String bodyCode, int year) {
        return new Random(((long) (tenant + "/" + bodyCode).hashCode() << 16) ^ year * 7919L);
    }

    /** Most bodies do well, some middling, a few badly: the spread a ministry board should show. */
    static double quality(Random random) {
        double r = random.nextDouble();
        if (r < 0.10) {
            return 0.15 + random.nextDouble() * 0.25;
        }
        if (r < 0.40) {
            return 0.4 + random.nextDouble() * 0.25;
        }
        return 0.6 + random.nextDouble() * 0.35;
    }

    static ReportedValue value(Indicator i, double quality, Random random) {
        double q = clamp(quality + (random.nextDouble() - 0.5) * 0.2, 0.05, 1.0);
        ScoringRule rule = i.rule();
        BigDecimal actual;
        BigDecimal target = null;
        Map<String, BigDecimal> inputs = Map.of();
        switch (rule.type()) {
            case RATIO -> {
                RatioRule ratio = (RatioRule) rule;
                if (ratio.fixedTarget() != null) {
                    actual = scaled(ratio.fixedTarget().doubleValue() * clamp(q + 0.1, 0.3, 1.0), i);
                } else {
                    double base = "percent".equals(i.unit()) ? 60 + random.nextDouble() * 35
                            : i.maxValue() != null && i.maxValue().doubleValue() > 1000 ? 200 + random.nextDouble() * 700
                            : 5 + random.nextDouble() * 10;
                    target = scaled(base, i);
                    actual = scaled(base * clamp(q + 0.15, 0.3, 1.15), i);
                }
            }
            case BANDS -> actual = bandsValue((BandsRule) rule, i.polarity(), q, random, i);
            case YES_NO -> actual = random.nextDouble() < q + 0.1 ? BigDecimal.ONE : BigDecimal.ZERO;
            case PENALTY -> {
                PenaltyRule penalty = (PenaltyRule) rule;
                double worst = i.maxPoints().doubleValue() / penalty.perViolation().doubleValue();
                actual = BigDecimal.valueOf(Math.round(worst * Math.pow(1 - q, 1.6) * (0.6 + random.nextDouble() * 0.8)));
            }
            case FORMULA -> {
                double planned = 500 + random.nextInt(4500);
                double economy = q * 0.06 * (0.5 + random.nextDouble());
                inputs = Map.of("planned", BigDecimal.valueOf(planned),
                        "contracted", BigDecimal.valueOf(planned * (1 - economy)).setScale(1, RoundingMode.HALF_UP));
                actual = null;
            }
            default -> throw new IllegalStateException("Unknown rule " + rule.type());
        }
        // ¶34: a survey's figure names the survey: a research institute, the day it ended, the sample.
        SurveyDetails survey = i.sourceType() == SourceType.SOCIOLOGICAL_SURVEYS
                ? new SurveyDetails("«Қоғамдық пікір» зерттеу институты", LocalDate.of(2026, 11, 20),
                        800 + random.nextInt(1200)) : null;
        return new ReportedValue(actual, target, inputs, null, i.sourceType(), survey);
    }

    private static BigDecimal bandsValue(BandsRule rule, Polarity polarity, double q, Random random, Indicator i) {
        List<BandsRule.Band> bands = rule.bands().stream().sorted(Comparator.comparing(BandsRule.Band::threshold)).toList();
        double low = bands.get(0).threshold().doubleValue();
        double high = bands.get(bands.size() - 1).threshold().doubleValue();
        double span = Math.max(high - low, 1);
        double position = polarity == Polarity.HIGHER ? q : 1 - q;
        double value = low - span * 0.3 + position * span * 1.5 + (random.nextDouble() - 0.5) * span * 0.1;
        return scaled(value, i);
    }

    private static BigDecimal scaled(double value, Indicator i) {
        double v = value;
        if (i.minValue() != null) {
            v = Math.max(v, i.minValue().doubleValue());
        }
        if (i.maxValue() != null) {
            v = Math.min(v, i.maxValue().doubleValue());
        }
        boolean whole = UnitGlossary.whole(i.unit());
        return BigDecimal.valueOf(v).setScale(whole ? 0 : 1, RoundingMode.HALF_UP);
    }

    /** Most figures are accepted; a few corrected, a very few rejected, as re-checks go (¶42). */
    static Verification decision(Random random) {
        double r = random.nextDouble();
        return r < 0.9 ? Verification.ACCEPTED : r < 0.985 ? Verification.CORRECTED : Verification.REJECTED;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
