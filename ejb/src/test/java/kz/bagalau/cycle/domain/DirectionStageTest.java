package kz.bagalau.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import kz.bagalau.evaluation.domain.DirectionState;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** How far a direction went in the region's year: its own state, then the cycle's region-wide steps. */
class DirectionStageTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Instant NOVEMBER = Instant.parse("2026-11-10T05:00:00Z");
    private static final Instant JULY = Instant.parse("2027-07-02T05:00:00Z");

    private static EvaluationCycle submittedToTheCommission() {
        EvaluationCycle c = EvaluationCycle.draft(2026, LocalDate.of(2027, 3, 1), "planning", NOVEMBER, ALMATY);
        c.approve("akim", NOVEMBER, ALMATY);
        c.assembleGeneral("planning", JULY);
        c.submitGeneral("planning", JULY);
        return c;
    }

    @Test
    @DisplayName("¶46: a direction not yet final stands where its evaluation is, whatever the cycle did")
    void should_take_a_direction_before_final_at_its_own_state() {
        assertThat(DirectionStage.of(DirectionState.APPEALED, Optional.of(submittedToTheCommission())))
                .isEqualTo(DirectionStage.APPEALED);
    }

    @Test
    @DisplayName("¶49: a final direction of a year whose general evaluation went to the commission is included")
    void should_count_a_final_direction_as_included_once_the_general_evaluation_is_submitted() {
        assertThat(DirectionStage.of(DirectionState.FINAL, Optional.of(submittedToTheCommission())))
                .isEqualTo(DirectionStage.INCLUDED);
    }

    @Test
    @DisplayName("¶54: a final direction of a published year is published")
    void should_count_a_final_direction_of_a_published_year_as_published() {
        EvaluationCycle c = submittedToTheCommission();
        c.recordCommissionConclusion("Негізді", "commission", JULY);
        c.approveAkimReport("Есеп", "akim", JULY);
        c.publish("planning", JULY);

        assertThat(DirectionStage.of(DirectionState.FINAL, Optional.of(c))).isEqualTo(DirectionStage.PUBLISHED);
    }

    @Test
    @DisplayName("Stages compare by their place in the year: an appealed direction has reached the conclusions")
    void should_count_an_appealed_direction_as_having_reached_the_conclusions() {
        assertThat(DirectionStage.APPEALED.hasReached(DirectionStage.CONCLUSION_SENT)).isTrue();
        assertThat(DirectionStage.APPEALED.hasReached(DirectionStage.FINAL)).isFalse();
    }
}
