package kz.bagalau.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How a first-half predecessor counts in its successor's total (¶60-1). */
class SuccessorTotalTest {

    @Test
    @DisplayName("¶60-1: the successor's total weighs each body by the days of the year it carried the functions")
    void should_weigh_the_totals_by_days() {
        // 2026: the successor 365 days at 80, the predecessor 1 January to 31 March (90 days) at 60.
        BigDecimal counted = SuccessorTotal.combine(2026, new BigDecimal("80.00"),
                List.of(new SuccessorTotal.Part(new BigDecimal("60.00"), LocalDate.of(2026, 4, 1)))).orElseThrow();

        assertThat(counted).isEqualByComparingTo("76.04");
    }

    @Test
    @DisplayName("¶60-1: no counted total while the successor or a predecessor has none; a 1 January closure weighs nothing")
    void should_wait_for_every_total() {
        assertThat(SuccessorTotal.combine(2026, null, List.of())).isEmpty();
        assertThat(SuccessorTotal.combine(2026, BigDecimal.TEN,
                List.of(new SuccessorTotal.Part(null, LocalDate.of(2026, 5, 1))))).isEmpty();
        assertThat(SuccessorTotal.combine(2028, new BigDecimal("70.00"),
                List.of(new SuccessorTotal.Part(new BigDecimal("10.00"), LocalDate.of(2028, 1, 1)))))
                .hasValueSatisfying(t -> assertThat(t).isEqualByComparingTo("70.00"));
    }
}
