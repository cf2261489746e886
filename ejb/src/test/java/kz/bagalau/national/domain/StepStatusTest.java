package kz.bagalau.national.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ¶6, ¶7: how the ministry's board reads a region's step against its deadline, and the reporting rates. */
class StepStatusTest {

    private static final Instant ENDS = Instant.parse("2027-07-25T19:00:00Z");

    @Test
    @DisplayName("¶6: a step done before the end of its deadline's day is on time; at or after it, late for good")
    void should_tell_on_time_from_late_by_the_end_of_the_day() {
        assertThat(StepStatus.of(ENDS, ENDS.minusSeconds(1), ENDS.plusSeconds(86_400))).isEqualTo(StepStatus.ON_TIME);
        assertThat(StepStatus.of(ENDS, ENDS, ENDS)).isEqualTo(StepStatus.LATE);
        assertThat(StepStatus.of(ENDS, ENDS.plusSeconds(3_600), ENDS.plusSeconds(7_200))).isEqualTo(StepStatus.LATE);
    }

    @Test
    @DisplayName("¶6: a step not done is open until its day ends and missed from then on")
    void should_tell_open_from_missed_by_the_clock() {
        assertThat(StepStatus.of(ENDS, null, ENDS.minusSeconds(1))).isEqualTo(StepStatus.OPEN);
        assertThat(StepStatus.of(ENDS, null, ENDS)).isEqualTo(StepStatus.MISSED);
    }

    @Test
    @DisplayName("Reporting rates are shares of the bodies expected, one decimal; none when nobody is expected")
    void should_compute_the_reporting_rates() {
        RegionProgress p = new RegionProgress("abai", 2026, 3, 2, 1, 21, 7, 0, 0, null, 0, 0, 0, 0);
        RegionProgress empty = new RegionProgress("abai", 2026, 0, 0, 0, 0, 0, 0, 0, null, 0, 0, 0, 0);

        assertThat(p.reportingRate()).isEqualByComparingTo(new BigDecimal("66.7"));
        assertThat(p.onTimeRate()).isEqualByComparingTo(new BigDecimal("33.3"));
        assertThat(empty.reportingRate()).isNull();
    }
}
