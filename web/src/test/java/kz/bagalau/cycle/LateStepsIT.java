package kz.bagalau.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import kz.bagalau.cycle.application.BreachService;
import kz.bagalau.cycle.application.CycleOverview;
import kz.bagalau.cycle.application.CycleOverviewService;
import kz.bagalau.cycle.application.CycleService;
import kz.bagalau.cycle.application.LateReportAuthorisation;
import kz.bagalau.cycle.application.ScheduleService;
import kz.bagalau.cycle.application.ScheduleView;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.time.ShiftableClock;
import kz.bagalau.testsupport.Callers;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ¶6: a missed date never stops a region's year. Past its date a step is locked for its ordinary actor and can
 * still be completed through a recorded late path authorised by someone who is not the late party: the akim for
 * a schedule after 1 December, the ministry for the akim's own 25 July report; the apparatus, an evaluator,
 * never extends its own deadline (¶9.2). Late completions stay shown as late.
 */
@ExtendWith(ArquillianExtension.class)
class LateStepsIT {

    @Inject
    Callers callers;

    @Inject
    ShiftableClock clock;

    @Inject
    ScheduleService schedules;

    @Inject
    CycleService cycle;

    @Inject
    CycleOverviewService overview;

    @Inject
    LateReportAuthorisation lateReports;

    @Inject
    BreachService breaches;

    @AfterEach
    void backToTheSuitesDate() {
        clock.reset();
    }

    @Test
    @DisplayName("¶6, ¶53, ¶54: a region that missed 25 July still publishes, and the ministry, not the akim, allows the report late; it stays marked late")
    void should_publish_a_region_that_missed_25_July_and_take_its_report_late_with_the_ministrys_leave() {
        String region = "almaty";
        callers.as(region + ".commission", () -> cycle.recordCommissionConclusion(2026,
                "Бағалау нәтижелері негізді; ұсынымдар қабылданды."));

        clock.shiftTo(Instant.parse("2027-07-26T05:00:00Z"));
        callers.as(region + ".akim", () -> {
            assertThatThrownBy(() -> cycle.approveAkimReport(2026, "Есеп")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("deadline.passed"));
            assertThatThrownBy(() -> schedules.extend(2026, CycleStep.AKIM_REPORT, null, null, null,
                    LocalDate.of(2027, 7, 31), "Өзіме ұзартамын")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("extension.ministry.only"));
        });

        callers.as(region + ".planning", () -> cycle.publish(2026));
        CycleOverview published = callers.as(region + ".akim", () -> overview.overview(2026));
        assertThat(published.publishedAt()).as("published without the akim's report").isNotNull();
        assertThat(published.akimSentAt()).isNull();
        assertThat(published.steps()).filteredOn(s -> s.cycleStep() == CycleStep.AKIM_REPORT)
                .singleElement().satisfies(s -> assertThat(s.late()).isTrue());

        callers.as("ministry", () -> lateReports.allowLateAkimReport(region, 2026, LocalDate.of(2027, 7, 31),
                "Облыс әкімі ауысты; есеп жаңа әкімнің қолымен"));
        callers.as(region + ".akim", () -> cycle.approveAkimReport(2026, "Облыстың 2026 жылғы бағалау есебі"));

        CycleOverview reported = callers.as(region + ".akim", () -> overview.overview(2026));
        assertThat(reported.akimSentAt()).isNotNull();
        assertThat(reported.akimReportLate()).as("a late completion shows as late").isTrue();
        assertThat(reported.schedule().extensions()).anySatisfy(x -> {
            assertThat(x.step()).isEqualTo(CycleStep.AKIM_REPORT);
            assertThat(x.grantedBy()).isEqualTo("ministry");
        });
        assertThat(callers.as(region + ".akim", () -> breaches.list(2026)))
                .filteredOn(b -> b.step() == CycleStep.AKIM_REPORT).singleElement().satisfies(b -> {
                    assertThat(b.doneAt()).isNotNull();
                    assertThat(b.responsibleRole()).isEqualTo(Role.AKIM);
                    assertThat(b.extendedUntil()).isEqualTo(LocalDate.of(2027, 7, 31));
                });
    }

    @Test
    @DisplayName("¶6, ¶9.2: the akim's apparatus extends the bodies' reporting but never a deadline it answers for as an evaluator")
    void should_let_the_apparatus_extend_reporting_but_not_its_own_conclusions() {
        String region = "pavlodar";
        callers.as(region + ".apparatus", () -> {
            assertThatThrownBy(() -> schedules.extend(2026, CycleStep.CONCLUSIONS, null, null, null,
                    LocalDate.of(2027, 6, 5), "Өз мерзімімізді ұзартамыз")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("extension.own.deadline"));
            assertThatThrownBy(() -> schedules.extend(2026, CycleStep.APPEAL_DECISION, null, null, null,
                    LocalDate.of(2027, 6, 5), "x")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("extension.own.deadline"));
            schedules.extend(2026, CycleStep.REPORTING, null, null, null, LocalDate.of(2027, 3, 5),
                    "Статистика деректері кешікті");
        });
        callers.as(region + ".akim", () -> schedules.extend(2026, CycleStep.CONCLUSIONS, null, null, null,
                LocalDate.of(2027, 6, 3), "Тексеру кеңейтілді"));
        assertThat(callers.as(region + ".akim", () -> schedules.view(2026)).extensions())
                .extracting(ScheduleView.Extension::step).contains(CycleStep.REPORTING, CycleStep.CONCLUSIONS);
    }

    @Test
    @DisplayName("¶6, decree ¶4: a schedule nobody approved by 1 December is approved by the akim late, with the reason, and listed as a breach")
    void should_approve_a_late_schedule_with_the_akims_reason_and_list_the_breach() {
        String region = "kostanay";
        clock.shiftTo(Instant.parse("2028-12-03T05:00:00Z"));
        callers.as(region + ".planning", () -> schedules.draft(2028, LocalDate.of(2029, 3, 1)));
        callers.as(region + ".akim", () -> {
            assertThatThrownBy(() -> schedules.approve(2028)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("schedule.late.reason"));
            ScheduleView approved = schedules.approveLate(2028, "Жоспарлау органының жобасы 2 желтоқсанда келді");
            assertThat(approved.status()).isEqualTo(EvaluationCycle.ScheduleStatus.APPROVED);
        });
        assertThat(callers.as(region + ".akim", () -> breaches.list(2028)))
                .filteredOn(b -> b.step() == CycleStep.SCHEDULE).singleElement().satisfies(b -> {
                    assertThat(b.responsibleRole()).isEqualTo(Role.AKIM);
                    assertThat(b.doneAt()).isBetween(Instant.parse("2028-12-03T05:00:00Z"),
                            Instant.parse("2028-12-03T05:05:00Z"));
                    assertThat(b.deadline()).isEqualTo(LocalDate.of(2028, 12, 1));
                });
        callers.as(region + ".planning", () -> {
            assertThatThrownBy(() -> schedules.draft(2028, LocalDate.of(2029, 3, 15)))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("schedule.frozen"));
        });
    }
}
