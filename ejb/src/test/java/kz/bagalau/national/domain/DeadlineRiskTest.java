package kz.bagalau.national.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.shared.time.NationalTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** ¶6, ¶7: the deadline-risk rule of the ministry's board, on fixed data. */
class DeadlineRiskTest {

    private static final Instant SCHEDULE_DONE = Instant.parse("2026-11-20T10:00:00Z");
    /** 1 January 2027 00:00 at UTC+5, where the reporting window starts. */
    private static final Instant JANUARY = Instant.parse("2026-12-31T19:00:00Z");
    /** The end of 1 March 2027 in the region: a 59-day reporting window. */
    private static final Instant REPORTING_ENDS = Instant.parse("2027-03-01T19:00:00Z");

    @Test
    @DisplayName("¶7.1: half of the reporting window gone and a fifth of the bodies reported is a high risk")
    void should_rate_a_region_far_behind_the_clock_high() {
        Instant halfway = JANUARY.plusSeconds(java.time.Duration.between(JANUARY, REPORTING_ENDS).getSeconds() / 2);

        DeadlineRisk.Assessment a = DeadlineRisk.assess(steps(null), progress(20, 4), halfway).orElseThrow();

        assertThat(a.step()).isEqualTo("REPORTING");
        assertThat(a.level()).isEqualTo(DeadlineRisk.Level.HIGH);
        assertThat(a.done()).isEqualByComparingTo("0.2");
        assertThat(a.timeGone()).isEqualByComparingTo("0.5");
    }

    @Test
    @DisplayName("¶7.1: a region slightly behind the clock is a medium risk, one ahead of it a low one")
    void should_rate_slightly_behind_medium_and_ahead_low() {
        Instant halfway = JANUARY.plusSeconds(java.time.Duration.between(JANUARY, REPORTING_ENDS).getSeconds() / 2);

        assertThat(DeadlineRisk.assess(steps(null), progress(20, 8), halfway).orElseThrow().level())
                .isEqualTo(DeadlineRisk.Level.MEDIUM);
        assertThat(DeadlineRisk.assess(steps(null), progress(20, 12), halfway).orElseThrow().level())
                .isEqualTo(DeadlineRisk.Level.LOW);
    }

    @Test
    @DisplayName("¶7.1: three days before the deadline anything under 90 % reported is a high risk")
    void should_rate_the_last_days_under_ninety_per_cent_high() {
        Instant threeDaysBefore = REPORTING_ENDS.minusSeconds(3 * 86_400 - 60);

        DeadlineRisk.Assessment a = DeadlineRisk.assess(steps(null), progress(20, 17), threeDaysBefore).orElseThrow();

        assertThat(a.daysLeft()).isEqualTo(3);
        assertThat(a.level()).isEqualTo(DeadlineRisk.Level.HIGH);
    }

    @Test
    @DisplayName("¶7.4, ¶49: a single act a week away is a medium risk, a high one while the step before it is undone")
    void should_rate_a_single_act_by_the_days_left_and_the_step_before() {
        Instant generalEnds = Instant.parse("2027-07-01T19:00:00Z");
        Instant sixDaysBefore = generalEnds.minusSeconds(6 * 86_400);
        List<RegionStep> finalDone = List.of(
                step("CORRECTED_CONCLUSIONS", "2027-06-15", Instant.parse("2027-06-15T19:00:00Z"),
                        Instant.parse("2027-06-14T09:00:00Z")),
                step("GENERAL_EVALUATION", "2027-07-01", generalEnds, null));
        List<RegionStep> finalUndone = List.of(
                step("CORRECTED_CONCLUSIONS", "2027-06-15", Instant.parse("2027-06-15T19:00:00Z"), null),
                step("GENERAL_EVALUATION", "2027-07-01", generalEnds, null));
        RegionProgress p = progress(20, 20);

        assertThat(DeadlineRisk.assess(finalDone, p, sixDaysBefore).orElseThrow().level())
                .isEqualTo(DeadlineRisk.Level.MEDIUM);
        assertThat(DeadlineRisk.assess(finalDone, p, generalEnds.minusSeconds(20 * 86_400)).orElseThrow().level())
                .isEqualTo(DeadlineRisk.Level.LOW);
        DeadlineRisk.Assessment behind = DeadlineRisk.assess(finalUndone, p, Instant.parse("2027-06-16T05:00:00Z"))
                .orElseThrow();
        assertThat(behind.step()).as("a missed step is past; the next open one is assessed")
                .isEqualTo("GENERAL_EVALUATION");
        assertThat(DeadlineRisk.assess(finalUndone, p, sixDaysBefore).orElseThrow().level())
                .isEqualTo(DeadlineRisk.Level.HIGH);
    }

    @Test
    @DisplayName("A region with every step done or past has nothing to assess")
    void should_assess_nothing_when_no_step_is_open() {
        assertThat(DeadlineRisk.assess(steps(Instant.parse("2027-02-20T05:00:00Z")), progress(20, 20),
                Instant.parse("2027-03-05T05:00:00Z"))).isEmpty();
    }

    @Test
    @DisplayName("¶7.1: a region ahead of the clock but more than 10 points behind its own last year is a medium risk; 25 points behind, high")
    void should_set_the_share_done_against_the_same_point_of_last_year() {
        Instant halfway = JANUARY.plusSeconds(java.time.Duration.between(JANUARY, REPORTING_ENDS).getSeconds() / 2);
        Instant samePointLastYear = halfway.atZone(NationalTime.ZONE).minusYears(1).toInstant();
        // Last year by this point eight tenths had reported (deciles 1-8 reached before it, 9-10 after).
        List<RegionPace> lastYear = java.util.stream.IntStream.rangeClosed(1, 10)
                .mapToObj(k -> new RegionPace("abai", 2025, "REPORTING", k,
                        samePointLastYear.plusSeconds(k <= 8 ? -86_400L * (9 - k) : 86_400L * k))).toList();

        DeadlineRisk.Assessment ahead = DeadlineRisk.assess(steps(null), progress(20, 13), lastYear, halfway).orElseThrow();
        DeadlineRisk.Assessment far = DeadlineRisk.assess(steps(null), progress(20, 10), lastYear, halfway).orElseThrow();
        DeadlineRisk.Assessment asLastYear = DeadlineRisk.assess(steps(null), progress(20, 16), lastYear, halfway)
                .orElseThrow();

        assertThat(ahead.lastYear()).isEqualByComparingTo("0.8");
        assertThat(ahead.timeGone()).isEqualByComparingTo("0.5");
        assertThat(ahead.level()).as("65 % done: ahead of the clock, 15 points behind last year").isEqualTo(DeadlineRisk.Level.MEDIUM);
        assertThat(far.level()).as("50 % done: on the clock, 30 points behind last year").isEqualTo(DeadlineRisk.Level.HIGH);
        assertThat(asLastYear.level()).isEqualTo(DeadlineRisk.Level.LOW);
        assertThat(DeadlineRisk.assess(steps(null), progress(20, 13), halfway).orElseThrow().lastYear())
                .as("no last year, no comparison").isNull();
    }

    private static List<RegionStep> steps(Instant reportingDone) {
        return List.of(step("SCHEDULE", "2026-12-01", Instant.parse("2026-12-01T19:00:00Z"), SCHEDULE_DONE),
                step("REPORTING", "2027-03-01", REPORTING_ENDS, reportingDone));
    }

    private static RegionStep step(String step, String date, Instant endsAt, Instant doneAt) {
        return new RegionStep("abai", 2026, step, LocalDate.parse(date), endsAt, doneAt, null);
    }

    private static RegionProgress progress(int expected, int submitted) {
        return new RegionProgress("abai", 2026, expected, submitted, submitted, expected * 7, 0, 0, 0, null, 0, 0, 0, 0);
    }
}
