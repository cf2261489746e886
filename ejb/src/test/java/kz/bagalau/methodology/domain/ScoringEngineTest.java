package kz.bagalau.methodology.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.LocalizedText;
import org.junit.jupiter.api.Test;

class ScoringEngineTest {

    private static final LocalizedText NAME = new LocalizedText("атауы", "название", "name");

    private static IndicatorDefinition indicator(String code, ScoringRule rule, double weight, double max,
                                                 Applicability appliesTo) {
        return new IndicatorDefinition(code, NAME, null, null, null, "%", Polarity.HIGHER, rule,
                rule instanceof RatioRule r && r.fixedTarget() == null, BigDecimal.valueOf(weight),
                BigDecimal.valueOf(max), SourceType.OFFICIAL_STATISTICS, false, appliesTo, null, null);
    }

    private static Methodology methodology() {
        Methodology m = Methodology.firstDraft(Direction.STRATEGIC_GOALS, 2025, BigDecimal.valueOf(30), null, "ministry",
                Instant.EPOCH);
        m.addCriterion("C1", NAME, BigDecimal.valueOf(3));
        m.addCriterion("C2", NAME, BigDecimal.ONE);
        m.addIndicator("C1", indicator("I1", new RatioRule(BigDecimal.valueOf(100)), 1, 10, Applicability.ALL));
        m.addIndicator("C1", indicator("I2", new YesNoRule(), 1, 5, Applicability.ALL));
        m.addIndicator("C2", indicator("I3", new PenaltyRule(BigDecimal.valueOf(2), BigDecimal.ZERO), 1, 10,
                Applicability.AKIMATS));
        return m;
    }

    private static ScoringEngine.ScoredInput value(double actual) {
        return ScoringEngine.ScoredInput.of(IndicatorInputs.of(BigDecimal.valueOf(actual), null));
    }

    @Test
    void should_weigh_indicators_within_criteria_and_criteria_within_the_direction() {
        Map<String, ScoringEngine.ScoredInput> inputs = Map.of("I1", value(80), "I2", value(1), "I3", value(2));

        ScoringEngine.DirectionResult result = ScoringEngine.score(methodology(), BodyType.DISTRICT_AKIMAT, inputs)
                .orElseThrow();

        // C1 = (0.8 + 1.0) / 2 = 90; C2 = 1 - 4/10 = 60; direction = (3*90 + 1*60) / 4 = 82.5
        assertThat(result.criteria()).extracting(ScoringEngine.CriterionResult::score)
                .containsExactly(new BigDecimal("90.00"), new BigDecimal("60.00"));
        assertThat(result.score()).isEqualByComparingTo("82.50");
        assertThat(result.criteria().get(0).indicators().get(0).points()).isEqualTo(8.0);
    }

    @Test
    void should_drop_indicators_that_do_not_apply_and_renormalise() {
        Map<String, ScoringEngine.ScoredInput> inputs = Map.of("I1", value(80), "I2", value(1));

        ScoringEngine.DirectionResult result = ScoringEngine.score(methodology(), BodyType.REGIONAL_DEPARTMENT, inputs)
                .orElseThrow();

        assertThat(result.criteria()).hasSize(1);
        assertThat(result.score()).isEqualByComparingTo("90.00");
    }

    @Test
    void should_give_nothing_for_a_value_the_evaluator_rejected_per_paragraph_42() {
        Map<String, ScoringEngine.ScoredInput> inputs = Map.of("I1", ScoringEngine.ScoredInput.rejectedValue(),
                "I2", value(1));

        ScoringEngine.DirectionResult result = ScoringEngine.score(methodology(), BodyType.REGIONAL_DEPARTMENT, inputs)
                .orElseThrow();

        assertThat(result.score()).isEqualByComparingTo("50.00");
    }

    @Test
    void should_refuse_to_score_with_a_value_missing() {
        assertThatThrownBy(() -> ScoringEngine.score(methodology(), BodyType.DISTRICT_AKIMAT,
                Map.of("I1", value(80), "I2", value(1))))
                .hasMessageStartingWith("scoring.value.missing [I3]");
    }

    @Test
    void should_renormalise_the_total_when_direction_7_does_not_apply() {
        List<ScoringEngine.WeightedScore> department = List.of(
                new ScoringEngine.WeightedScore(new BigDecimal("90"), BigDecimal.valueOf(30)),
                new ScoringEngine.WeightedScore(new BigDecimal("60"), BigDecimal.valueOf(15)));
        List<ScoringEngine.WeightedScore> akimat = List.of(
                new ScoringEngine.WeightedScore(new BigDecimal("90"), BigDecimal.valueOf(30)),
                new ScoringEngine.WeightedScore(new BigDecimal("60"), BigDecimal.valueOf(15)),
                new ScoringEngine.WeightedScore(new BigDecimal("30"), BigDecimal.valueOf(5)));

        assertThat(ScoringEngine.total(department)).isEqualByComparingTo("80.00");
        assertThat(ScoringEngine.total(akimat)).isEqualByComparingTo("75.00");
    }

    @Test
    void should_rate_totals_by_the_configured_bands() {
        RatingScale scale = new RatingScale(2025, BigDecimal.valueOf(85), BigDecimal.valueOf(70), BigDecimal.valueOf(50));

        assertThat(scale.rate(new BigDecimal("85.00"))).isEqualTo(Rating.HIGH);
        assertThat(scale.rate(new BigDecimal("84.99"))).isEqualTo(Rating.MEDIUM);
        assertThat(scale.rate(new BigDecimal("50"))).isEqualTo(Rating.LOW);
        assertThat(scale.rate(new BigDecimal("49.99"))).isEqualTo(Rating.INEFFECTIVE);
    }

    @Test
    void should_keep_a_published_methodology_immutable() {
        Methodology m = methodology();
        MethodologyOwner.of(m.direction()).forEach(o -> m.approve(o, "owner", null, Instant.EPOCH));
        m.agree("ministry", Instant.EPOCH);

        assertThatThrownBy(() -> m.addCriterion("C3", NAME, BigDecimal.ONE))
                .hasMessageStartingWith("methodology.published.immutable");
        Methodology next = m.nextDraft(2025, 2, "ministry", Instant.EPOCH);
        assertThat(next.isPublished()).isFalse();
        assertThat(next.indicators()).hasSize(3);
    }
}
