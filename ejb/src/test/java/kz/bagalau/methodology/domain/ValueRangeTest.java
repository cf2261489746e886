package kz.bagalau.methodology.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The figures an indicator can take (¶4: the methodology defines each indicator, its unit and bounds). */
class ValueRangeTest {

    @Test
    @DisplayName("¶4: a percentage without bounds of its own lies between 0 and 100")
    void should_keep_a_percentage_between_0_and_100() {
        ValueRange range = ValueRange.of("percent", RuleType.RATIO, null, null);

        assertThat(range.refusal(new BigDecimal("-5"))).contains("reporting.value.range");
        assertThat(range.refusal(new BigDecimal("150"))).contains("reporting.value.range");
        assertThat(range.refusal(new BigDecimal("99.5"))).isEmpty();
    }

    @Test
    @DisplayName("¶4: the methodology's own bounds win over the unit's (a growth rate may be negative)")
    void should_prefer_the_methodologys_bounds() {
        ValueRange range = ValueRange.of("percent", RuleType.RATIO, new BigDecimal("-100"), new BigDecimal("1000"));

        assertThat(range.refusal(new BigDecimal("-5"))).isEmpty();
        assertThat(range.refusal(new BigDecimal("150"))).isEmpty();
        assertThat(range.refusal(new BigDecimal("1000.01"))).contains("reporting.value.range");
    }

    @Test
    void should_count_in_whole_numbers_from_zero() {
        ValueRange range = ValueRange.of("count", RuleType.RATIO, null, null);

        assertThat(range.refusal(new BigDecimal("-1"))).contains("reporting.value.range");
        assertThat(range.refusal(new BigDecimal("2.5"))).contains("reporting.value.whole");
        assertThat(range.refusal(new BigDecimal("3.000"))).isEmpty();
    }

    @Test
    void should_take_only_0_or_1_for_yes_no() {
        ValueRange range = ValueRange.of("yes_no", RuleType.YES_NO, null, null);

        assertThat(range.refusal(BigDecimal.ONE)).isEmpty();
        assertThat(range.refusal(new BigDecimal("2"))).contains("reporting.value.range");
        assertThat(range.refusal(new BigDecimal("0.5"))).contains("reporting.value.whole");
    }

    @Test
    void should_leave_money_unbounded_and_blank_unrefused() {
        ValueRange range = ValueRange.of("mln_kzt", RuleType.FORMULA, null, null);

        assertThat(range.refusal(new BigDecimal("-12345.6789"))).isEmpty();
        assertThat(range.refusal(null)).isEmpty();
    }
}
