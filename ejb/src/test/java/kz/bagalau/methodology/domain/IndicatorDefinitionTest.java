package kz.bagalau.methodology.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What the ministry states about an indicator must be unambiguous for both sides (¶17), each rule on its own. */
class IndicatorDefinitionTest {

    private static final LocalizedText NAME = new LocalizedText("атауы", "название", "name");

    private static IndicatorDefinition definition(String unit, ScoringRule rule, boolean hasTarget, BigDecimal min,
                                                  BigDecimal max, SourceType source) {
        return new IndicatorDefinition("4.01", NAME, null, null, null, unit, Polarity.HIGHER, rule, hasTarget,
                BigDecimal.ONE, BigDecimal.TEN, source, true, Applicability.ALL, min, max);
    }

    @Test
    @DisplayName("¶17: an indicator states its unit, a target where a ratio needs one, an ordered range and its source (¶4)")
    void should_refuse_an_indicator_that_either_side_could_read_two_ways() {
        assertThatThrownBy(() -> definition(" ", new YesNoRule(), false, null, null, SourceType.BODY_REPORTS))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("methodology.unit.required"));
        assertThatThrownBy(() -> definition("percent", new RatioRule(null), false, null, null, SourceType.BODY_REPORTS))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("methodology.ratio.target"));
        assertThatThrownBy(() -> definition("percent", new YesNoRule(), false, BigDecimal.TEN, BigDecimal.ONE,
                SourceType.BODY_REPORTS)).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("methodology.range.order"));
        assertThatThrownBy(() -> definition("percent", new YesNoRule(), false, null, null, null))
                .as("¶17.1: every figure rests on a named source of data").isInstanceOf(NullPointerException.class);
    }

    @Test
    @DisplayName("¶17: a complete indicator is accepted as stated")
    void should_accept_an_unambiguous_indicator() {
        IndicatorDefinition d = definition("percent", new RatioRule(null), true, BigDecimal.ZERO,
                BigDecimal.valueOf(100), SourceType.OFFICIAL_STATISTICS);

        assertThat(d.sourceType()).isEqualTo(SourceType.OFFICIAL_STATISTICS);
        assertThat(d.hasTarget()).isTrue();
    }
}
