package kz.bagalau.methodology.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class ScoringRulesTest {

    private static IndicatorInputs actual(double actual) {
        return IndicatorInputs.of(BigDecimal.valueOf(actual), null);
    }

    private static IndicatorInputs actual(double actual, double target) {
        return IndicatorInputs.of(BigDecimal.valueOf(actual), BigDecimal.valueOf(target));
    }

    @Test
    void should_score_a_ratio_against_the_reported_target_capped_at_100_percent() {
        RatioRule rule = new RatioRule(null);

        assertThat(rule.fraction(actual(80, 100), Polarity.HIGHER, 10)).isEqualTo(0.8);
        assertThat(rule.fraction(actual(130, 100), Polarity.HIGHER, 10)).isEqualTo(1.0);
        assertThat(rule.fraction(actual(-5, 100), Polarity.HIGHER, 10)).isEqualTo(0.0);
    }

    @Test
    void should_invert_a_ratio_when_lower_is_better() {
        RatioRule rule = new RatioRule(BigDecimal.valueOf(5));

        assertThat(rule.fraction(actual(10), Polarity.LOWER, 10)).isEqualTo(0.5);
        assertThat(rule.fraction(actual(4), Polarity.LOWER, 10)).isEqualTo(1.0);
        assertThat(rule.fraction(actual(0), Polarity.LOWER, 10)).isEqualTo(1.0);
    }

    @Test
    void should_refuse_a_ratio_without_a_target() {
        assertThatThrownBy(() -> new RatioRule(null).fraction(actual(5), Polarity.HIGHER, 10))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("scoring.input.missing");
    }

    @Test
    void should_pick_the_best_band_reached_for_higher_and_lower_is_better() {
        BandsRule rule = (BandsRule) ScoringRules.parse(RuleType.BANDS, "{\"bands\":[[99,100],[95,80],[90,50],[0,0]]}");

        assertThat(rule.fraction(actual(99.5), Polarity.HIGHER, 10)).isEqualTo(1.0);
        assertThat(rule.fraction(actual(96), Polarity.HIGHER, 10)).isEqualTo(0.8);
        assertThat(rule.fraction(actual(-1), Polarity.HIGHER, 10)).isEqualTo(0.0);

        BandsRule unemployment = (BandsRule) ScoringRules.parse(RuleType.BANDS, "{\"bands\":[[4.5,100],[5,70],[6,40]]}");
        assertThat(unemployment.fraction(actual(4.2), Polarity.LOWER, 10)).isEqualTo(1.0);
        assertThat(unemployment.fraction(actual(5.5), Polarity.LOWER, 10)).isEqualTo(0.4);
        assertThat(unemployment.fraction(actual(7), Polarity.LOWER, 10)).isEqualTo(0.0);
    }

    @Test
    void should_give_the_points_for_yes_or_for_no_by_polarity() {
        YesNoRule rule = new YesNoRule();

        assertThat(rule.fraction(actual(1), Polarity.HIGHER, 5)).isEqualTo(1.0);
        assertThat(rule.fraction(actual(0), Polarity.HIGHER, 5)).isEqualTo(0.0);
        assertThat(rule.fraction(actual(1), Polarity.LOWER, 5)).isEqualTo(0.0);
    }

    @Test
    void should_take_points_off_per_violation_down_to_the_floor() {
        PenaltyRule rule = (PenaltyRule) ScoringRules.parse(RuleType.PENALTY, "{\"per\":2,\"floor\":1}");

        assertThat(rule.fraction(actual(0), Polarity.LOWER, 10)).isEqualTo(1.0);
        assertThat(rule.fraction(actual(3), Polarity.LOWER, 10)).isEqualTo(0.4);
        assertThat(rule.fraction(actual(100), Polarity.LOWER, 10)).isEqualTo(0.1);
    }

    @Test
    void should_evaluate_a_formula_over_named_inputs_and_clamp_it() {
        FormulaRule rule = new FormulaRule("(planned - contracted) / planned * 100 * 5", List.of("planned", "contracted"));
        IndicatorInputs economy = new IndicatorInputs(BigDecimal.ONE, null,
                Map.of("planned", BigDecimal.valueOf(1000), "contracted", BigDecimal.valueOf(920)));
        IndicatorInputs overspend = new IndicatorInputs(BigDecimal.ONE, null,
                Map.of("planned", BigDecimal.valueOf(1000), "contracted", BigDecimal.valueOf(1100)));

        assertThat(rule.fraction(economy, Polarity.HIGHER, 10)).isCloseTo(0.4, within(1e-9));
        assertThat(rule.fraction(overspend, Polarity.HIGHER, 10)).isEqualTo(0.0);
    }

    @Test
    void should_reject_a_bad_formula_when_it_is_saved() {
        assertThatThrownBy(() -> new FormulaRule("actual * (2", List.of()))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("methodology.formula.syntax");
        assertThatThrownBy(() -> new FormulaRule("actual * secret", List.of()))
                .hasMessageStartingWith("methodology.formula.unknown-input");
        assertThatThrownBy(() -> new FormulaRule("STR_UPPER(\"x\")", List.of()))
                .hasMessageStartingWith("methodology.formula.not-numeric");
        assertThatThrownBy(() -> new FormulaRule("", List.of())).hasMessageStartingWith("methodology.formula.empty");
        assertThatThrownBy(() -> new FormulaRule("actual".repeat(100), List.of()))
                .hasMessageStartingWith("methodology.formula.too-long");
        assertThatThrownBy(() -> new FormulaRule("actual", List.of("target")))
                .hasMessageStartingWith("methodology.formula.input-name");
        assertThatThrownBy(() -> new FormulaRule("java.lang.Runtime.getRuntime()", List.of()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void should_store_and_read_back_every_rule_as_json() {
        List<ScoringRule> rules = List.of(new RatioRule(BigDecimal.valueOf(100)), new RatioRule(null),
                ScoringRules.parse(RuleType.BANDS, "{\"bands\":[[95,100],[0,0]]}"), new YesNoRule(),
                new PenaltyRule(BigDecimal.valueOf(2), BigDecimal.ZERO),
                new FormulaRule("MIN(100, actual / target * 100)", List.of()));

        for (ScoringRule rule : rules) {
            assertThat(ScoringRules.parse(rule.type(), rule.toJson())).isEqualTo(rule);
        }
    }

    @Test
    void should_refuse_malformed_rule_parameters() {
        assertThatThrownBy(() -> ScoringRules.parse(RuleType.BANDS, "{\"bands\":[]}"))
                .hasMessageStartingWith("methodology.bands.empty");
        assertThatThrownBy(() -> ScoringRules.parse(RuleType.PENALTY, "{\"per\":\"two\"}"))
                .hasMessageStartingWith("methodology.rule.params");
        assertThatThrownBy(() -> ScoringRules.parse(RuleType.RATIO, "{not json"))
                .hasMessageStartingWith("methodology.rule.json");
        assertThatThrownBy(() -> ScoringRules.parse(RuleType.BANDS, "{\"bands\":[[90,150]]}"))
                .hasMessageStartingWith("methodology.bands.percent");
    }
}
