package kz.bagalau.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The invariants of a region's cycle of one year (¶7, ¶8, decree ¶4), each on its own. */
class EvaluationCycleTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final Instant NOVEMBER = Instant.parse("2026-11-10T05:00:00Z");
    private static final Instant AFTER_FREEZE = Instant.parse("2026-12-02T05:00:00Z");
    private static final Instant JULY = Instant.parse("2027-07-02T05:00:00Z");

    private static EvaluationCycle approved() {
        EvaluationCycle c = EvaluationCycle.draft(2026, LocalDate.of(2027, 3, 1), "planning", NOVEMBER, ALMATY);
        c.approve("akim", NOVEMBER, ALMATY);
        return c;
    }

    @Test
    @DisplayName("Decree ¶4: the schedule does not change after 1 December of the year")
    void should_refuse_to_change_the_schedule_after_1_December() {
        EvaluationCycle c = approved();

        assertThatThrownBy(() -> c.redraft(LocalDate.of(2027, 3, 15), "planning", AFTER_FREEZE, ALMATY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("schedule.frozen"));
    }

    @Test
    @DisplayName("¶8: the akim approves a schedule once")
    void should_refuse_to_approve_an_approved_schedule() {
        EvaluationCycle c = approved();

        assertThatThrownBy(() -> c.approve("akim", NOVEMBER, ALMATY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("schedule.approved.already"));
    }

    @Test
    @DisplayName("¶7.1: the reporting deadline falls in the evaluation's year, a month before 1 June at the latest")
    void should_refuse_a_reporting_deadline_outside_the_evaluations_year() {
        assertThatThrownBy(() -> EvaluationCycle.draft(2026, LocalDate.of(2027, 5, 15), "planning", NOVEMBER, ALMATY))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("schedule.reporting.range"));
    }

    @Test
    @DisplayName("¶49: the general evaluation goes to the commission once it is assembled")
    void should_refuse_to_submit_a_general_evaluation_not_assembled() {
        EvaluationCycle c = approved();

        assertThatThrownBy(() -> c.submitGeneral("planning", JULY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("cycle.step.order"));
    }

    @Test
    @DisplayName("¶51: the commission concludes on a general evaluation it received")
    void should_refuse_the_commission_before_the_general_evaluation() {
        EvaluationCycle c = approved();

        assertThatThrownBy(() -> c.recordCommissionConclusion("Негізді", "commission", JULY))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("cycle.step.order"));
    }

    @Test
    @DisplayName("¶54, ¶6: publication follows the commission's conclusion; a late akim's report does not hold it back")
    void should_publish_after_the_commission_even_without_the_akims_report() {
        EvaluationCycle c = approved();

        assertThatThrownBy(() -> c.publish("planning", JULY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("cycle.step.order"));
        c.assembleGeneral("planning", JULY);
        c.submitGeneral("planning", JULY);
        c.recordCommissionConclusion("Негізді", "commission", JULY);
        c.publish("planning", JULY);

        assertThat(c.publishedAt()).isEqualTo(JULY);
        assertThat(c.akimSentAt()).isNull();
    }

    @Test
    @DisplayName("¶49: each region-wide step happens once")
    void should_refuse_to_submit_the_general_evaluation_twice() {
        EvaluationCycle c = approved();
        c.assembleGeneral("planning", JULY);
        c.submitGeneral("planning", JULY);

        assertThatThrownBy(() -> c.submitGeneral("planning", JULY)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("cycle.step.done"));
    }
}
