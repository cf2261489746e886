package kz.bagalau.deadlines.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TriggerPlanTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");

    @Test
    @DisplayName("¶6: reminders 14, 7, 3 and 1 days before and on the morning of the day at 09:00 in the region, the deadline at the end of its day")
    void should_plan_the_default_reminders_and_the_deadline_in_the_regions_zone() {
        Map<String, LocalDate> deadlines = Map.of("CONCLUSIONS", LocalDate.of(2027, 6, 1));

        List<PlannedFiring> plan = TriggerPlan.of(deadlines, TriggerPlan.DEFAULT_OFFSETS, ALMATY);

        assertThat(plan).extracting(PlannedFiring::dueAt).containsExactly(
                Instant.parse("2027-05-18T04:00:00Z"), Instant.parse("2027-05-25T04:00:00Z"),
                Instant.parse("2027-05-29T04:00:00Z"), Instant.parse("2027-05-31T04:00:00Z"),
                Instant.parse("2027-06-01T04:00:00Z"), Instant.parse("2027-06-01T19:00:00Z"));
        assertThat(plan).extracting(PlannedFiring::kind).endsWith(TriggerKind.DEADLINE);
        assertThat(plan).extracting(PlannedFiring::offsetDays).containsExactly(14, 7, 3, 1, 0, 0);
    }

    @Test
    @DisplayName("¶6: the plan of several steps is in time order, each firing once")
    void should_order_the_firings_of_several_steps_by_time() {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        deadlines.put("COMMISSION", LocalDate.of(2027, 7, 15));
        deadlines.put("GENERAL_EVALUATION", LocalDate.of(2027, 7, 1));

        List<PlannedFiring> plan = TriggerPlan.of(deadlines, TriggerPlan.DEFAULT_OFFSETS, ZoneId.of("Asia/Aqtobe"));

        assertThat(plan).hasSize(12);
        assertThat(plan.get(0).step()).isEqualTo("GENERAL_EVALUATION");
        assertThat(plan).extracting(PlannedFiring::dueAt).isSorted();
        assertThat(plan).extracting(f -> f.step() + f.kind() + f.offsetDays()).doesNotHaveDuplicates();
    }

    @Test
    @DisplayName("¶6: a firing already due when planned is skipped, a deadline too (its breaches are on record anyway)")
    void should_skip_what_was_due_before_it_was_planned() {
        List<PlannedFiring> plan = TriggerPlan.ofOne("REPORTING", 0, LocalDate.of(2027, 3, 1),
                TriggerPlan.DEFAULT_OFFSETS, ALMATY);
        Instant planned = Instant.parse("2027-03-05T00:00:00Z");

        assertThat(plan.stream().map(f -> new DeadlineTrigger(2026, f, planned)))
                .extracting(DeadlineTrigger::kind, DeadlineTrigger::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TriggerKind.REMINDER, DeadlineTrigger.Status.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(TriggerKind.REMINDER, DeadlineTrigger.Status.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(TriggerKind.REMINDER, DeadlineTrigger.Status.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(TriggerKind.REMINDER, DeadlineTrigger.Status.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(TriggerKind.REMINDER, DeadlineTrigger.Status.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(TriggerKind.DEADLINE, DeadlineTrigger.Status.SKIPPED));
    }

    @Test
    void should_mark_a_firing_reached_after_the_tolerance_as_late() {
        PlannedFiring f = TriggerPlan.ofOne("AKIM_REPORT", 0, LocalDate.of(2027, 7, 25), TriggerPlan.DEFAULT_OFFSETS,
                ALMATY).get(0);
        DeadlineTrigger onTime = new DeadlineTrigger(2026, f, Instant.parse("2027-01-01T00:00:00Z"));
        DeadlineTrigger late = new DeadlineTrigger(2026, f, Instant.parse("2027-01-01T00:00:00Z"));

        onTime.fired(f.dueAt().plusSeconds(30), java.time.Duration.ofSeconds(60), "reminders=1");
        late.fired(f.dueAt().plusSeconds(3600), java.time.Duration.ofSeconds(60), "reminders=1");

        assertThat(onTime.firedLate()).isFalse();
        assertThat(late.firedLate()).isTrue();
        assertThat(late.status()).isEqualTo(DeadlineTrigger.Status.DONE);
    }
}
