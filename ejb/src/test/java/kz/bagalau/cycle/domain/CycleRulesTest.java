package kz.bagalau.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import kz.bagalau.evaluation.domain.ReorganisationRule;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CycleRulesTest {

    private static final ZoneId ALMATY = ZoneId.of("Asia/Almaty");
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(PublicHolidays.of(2026));

    @Test
    @DisplayName("¶55: receipt is the day the body opened the conclusion, at the latest the next working day")
    void should_take_the_earlier_of_opening_and_the_next_working_day_as_receipt() {
        Instant sentFriday = LocalDate.of(2026, 5, 29).atTime(16, 0).atZone(ALMATY).toInstant();

        assertThat(ReceiptRule.receipt(sentFriday, null, CALENDAR, ALMATY)).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(ReceiptRule.receipt(sentFriday, sentFriday.plusSeconds(600), CALENDAR, ALMATY))
                .isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(ReceiptRule.receipt(sentFriday, LocalDate.of(2026, 6, 3).atStartOfDay(ALMATY).toInstant(), CALENDAR,
                ALMATY)).isEqualTo(LocalDate.of(2026, 6, 1));
    }

    @Test
    @DisplayName("¶55, ¶58: five working days to appeal from receipt, five more to decide from filing")
    void should_count_the_appeal_and_decision_windows_in_working_days() {
        LocalDate receipt = LocalDate.of(2026, 6, 1);

        assertThat(ReceiptRule.appealWindowEnd(receipt, CALENDAR)).isEqualTo(LocalDate.of(2026, 6, 8));
        assertThat(ReceiptRule.decisionDue(LocalDate.of(2026, 6, 5), CALENDAR)).isEqualTo(LocalDate.of(2026, 6, 12));
    }

    @Test
    @DisplayName("¶56: an appeal without documents is kept and answered that a re-check is unfounded")
    void should_answer_an_appeal_without_documents_automatically() {
        Appeal a = Appeal.file(1, 2, "Келіспейміз", 0, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 8),
                LocalDate.of(2026, 6, 9), "AKIM_APPARATUS", "abai.body1", Instant.EPOCH);

        assertThat(a.status()).isEqualTo(Appeal.Status.AUTO_ANSWERED);
        assertThat(a.decisionReason()).isEqualTo(Appeal.AUTO_ANSWER);
        assertThat(a.isPending()).isFalse();
    }

    @Test
    @DisplayName("¶55: no appeal after the window's last day")
    void should_refuse_an_appeal_after_the_window() {
        assertThatThrownBy(() -> Appeal.file(1, 2, "Кеш", 1, LocalDate.of(2026, 6, 9), LocalDate.of(2026, 6, 8),
                LocalDate.of(2026, 6, 16), "AKIM_APPARATUS", "abai.body1", Instant.EPOCH))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("appeal.window.closed");
    }

    @Test
    @DisplayName("¶57: nobody who took part in the evaluation sits on the special commission")
    void should_refuse_a_commission_member_who_took_part() {
        Appeal a = Appeal.file(1, 2, "Келіспейміз", 2, LocalDate.of(2026, 6, 2), LocalDate.of(2026, 6, 8),
                LocalDate.of(2026, 6, 9), "AKIM_APPARATUS", "abai.body1", Instant.EPOCH);

        assertThatThrownBy(() -> a.formCommission(List.of("abai.apparatus2", "abai.apparatus"), Set.of("abai.apparatus"),
                "abai.apparatus", Instant.EPOCH)).hasMessageStartingWith("appeal.commission.conflict [abai.apparatus]");
        a.formCommission(List.of("abai.apparatus2", "abai.commission"), Set.of("abai.apparatus"), "abai.apparatus",
                Instant.EPOCH);
        assertThat(a.status()).isEqualTo(Appeal.Status.UNDER_REVIEW);
    }

    @Test
    @DisplayName("¶60-1, ¶60-2, ¶60-3: the status date decides how a closed body is evaluated")
    void should_apply_the_three_reorganisation_cases() {
        LocalDate deadline = LocalDate.of(2026, 2, 15);

        assertThat(ReorganisationRule.of(BodyStatus.REORGANISED, LocalDate.of(2025, 4, 1), 2025, deadline))
                .isEqualTo(ReorganisationRule.WITHIN_SUCCESSOR);
        assertThat(ReorganisationRule.of(BodyStatus.LIQUIDATED, LocalDate.of(2025, 6, 30), 2025, deadline))
                .isEqualTo(ReorganisationRule.WITHIN_SUCCESSOR);
        assertThat(ReorganisationRule.of(BodyStatus.REORGANISED, LocalDate.of(2025, 7, 1), 2025, deadline))
                .isEqualTo(ReorganisationRule.ANALYSIS_TO_SUCCESSOR);
        assertThat(ReorganisationRule.of(BodyStatus.REORGANISED, LocalDate.of(2026, 1, 20), 2025, deadline))
                .isEqualTo(ReorganisationRule.EVALUATE_AND_PASS_ON);
        assertThat(ReorganisationRule.of(BodyStatus.REORGANISED, LocalDate.of(2026, 3, 1), 2025, deadline))
                .isEqualTo(ReorganisationRule.EVALUATE);
        assertThat(ReorganisationRule.of(BodyStatus.LIQUIDATED, LocalDate.of(2024, 11, 1), 2025, deadline))
                .isEqualTo(ReorganisationRule.OUT_OF_SCOPE);
        assertThat(ReorganisationRule.of(BodyStatus.ACTIVE, null, 2025, deadline)).isEqualTo(ReorganisationRule.EVALUATE);
    }

    @Test
    @DisplayName("Decree ¶4: the schedule is frozen after 1 December of the evaluated year")
    void should_freeze_the_schedule_after_1_december() {
        Instant lastMinute = LocalDate.of(2026, 12, 1).atTime(23, 59).atZone(ALMATY).toInstant();
        EvaluationCycle cycle = EvaluationCycle.draft(2026, LocalDate.of(2027, 2, 15), "p", lastMinute, ALMATY);

        assertThat(cycle.scheduleFrozen(lastMinute, ALMATY)).isFalse();
        Instant nextDay = LocalDate.of(2026, 12, 2).atStartOfDay(ALMATY).toInstant();
        assertThatThrownBy(() -> cycle.approve("akim", nextDay, ALMATY)).hasMessageStartingWith("schedule.late.reason");
        cycle.approveLate("Маслихат сессиясы кешікті", "akim", nextDay, ALMATY);
        assertThat(cycle.scheduleApproved()).isTrue();
        assertThatThrownBy(() -> cycle.redraft(LocalDate.of(2027, 3, 1), "p", nextDay, ALMATY))
                .hasMessageStartingWith("schedule.frozen");
    }

    @Test
    @DisplayName("¶6, decree ¶4: a schedule nobody approved by 1 December stays open to the planning body and is approved late only with the akim's reason")
    void should_let_the_akim_approve_a_late_schedule_with_a_reason() {
        Instant nextDay = LocalDate.of(2026, 12, 2).atStartOfDay(ALMATY).toInstant();
        EvaluationCycle cycle = EvaluationCycle.draft(2026, LocalDate.of(2027, 2, 15), "p", nextDay, ALMATY);
        cycle.redraft(LocalDate.of(2027, 3, 1), "p", nextDay, ALMATY);

        assertThatThrownBy(() -> cycle.approveLate(" ", "akim", nextDay, ALMATY))
                .hasMessageStartingWith("extension.reason.required");
        cycle.approveLate("Жоспарлау органы кешіктірді", "akim", nextDay, ALMATY);

        assertThat(cycle.scheduleLateReason()).isEqualTo("Жоспарлау органы кешіктірді");
        assertThat(cycle.reportingDeadline()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    @DisplayName("¶6: the late path is for late schedules only; one in time is approved the ordinary way")
    void should_refuse_the_late_path_before_1_December() {
        Instant november = LocalDate.of(2026, 11, 20).atStartOfDay(ALMATY).toInstant();
        EvaluationCycle cycle = EvaluationCycle.draft(2026, LocalDate.of(2027, 2, 15), "p", november, ALMATY);

        assertThatThrownBy(() -> cycle.approveLate("x", "akim", november, ALMATY))
                .hasMessageStartingWith("schedule.late.notLate");
    }

    @Test
    void should_refuse_a_reporting_deadline_outside_the_following_spring() {
        Instant now = LocalDate.of(2026, 10, 1).atStartOfDay(ALMATY).toInstant();

        assertThatThrownBy(() -> EvaluationCycle.draft(2026, LocalDate.of(2026, 12, 20), "p", now, ALMATY))
                .hasMessageStartingWith("schedule.reporting.range");
        assertThatThrownBy(() -> EvaluationCycle.draft(2026, LocalDate.of(2027, 5, 20), "p", now, ALMATY))
                .hasMessageStartingWith("schedule.reporting.range");
        assertThat(EvaluationCycle.draft(2026, LocalDate.of(2027, 2, 15), "p", now, ALMATY)
                .deadline(CycleStep.CONCLUSIONS)).contains(LocalDate.of(2027, 6, 1));
    }
}
