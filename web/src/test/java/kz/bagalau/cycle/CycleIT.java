package kz.bagalau.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.application.BreachService;
import kz.bagalau.cycle.application.CalendarService;
import kz.bagalau.cycle.application.CycleService;
import kz.bagalau.cycle.application.GeneralEvaluationService;
import kz.bagalau.cycle.application.LiabilityService;
import kz.bagalau.cycle.application.RecheckService;
import kz.bagalau.cycle.application.ScheduleService;
import kz.bagalau.cycle.application.ScheduleView;
import kz.bagalau.cycle.domain.CalendarEntry;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DayKind;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.application.DirectionView;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.time.ShiftableClock;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The yearly cycle's schedule, deadlines, calendar and roles against the real database: the schedule freezes
 * after 1 December (decree ¶4), a step after its deadline is refused unless extended (¶62-¶64), working days
 * skip the region's holidays (¶55, ¶58), and each step belongs to the role the Rules name. The suite runs at
 * 20 January 2027; tests that need another date move the clock and put it back.
 */
@ExtendWith(ArquillianExtension.class)
class CycleIT {

    @ArquillianResource
    URL url;

    @Inject
    Callers callers;

    @Inject
    EvaluationFixture fixture;

    @Inject
    ShiftableClock clock;

    @Inject
    ScheduleService schedules;

    @Inject
    CalendarService calendar;

    @Inject
    ReportingService reporting;

    @Inject
    CycleService cycle;

    @Inject
    GeneralEvaluationService general;

    @Inject
    RecheckService rechecks;

    @Inject
    BreachService breaches;

    @Inject
    LiabilityService liability;

    @Inject
    AuditLog audit;

    @AfterEach
    void backToTheSuitesDate() {
        clock.reset();
    }

    @Test
    @DisplayName("Decree ¶4, ¶8: the planning body drafts, the akim approves, and after 1 December the schedule is frozen")
    void should_freeze_the_approved_schedule_after_1_December() {
        String region = "jetisu";
        ScheduleView drafted = callers.as(region + ".planning", () -> schedules.draft(2027, LocalDate.of(2028, 3, 1)));
        assertThat(drafted.status()).isEqualTo(EvaluationCycle.ScheduleStatus.DRAFT);
        callers.as(region + ".planning", () -> {
            assertThatThrownBy(() -> schedules.approve(2027)).isInstanceOf(EJBAccessException.class);
        });
        ScheduleView approved = callers.as(region + ".akim", () -> schedules.approve(2027));
        assertThat(approved.status()).isEqualTo(EvaluationCycle.ScheduleStatus.APPROVED);
        assertThat(approved.approvedBy()).isEqualTo(region + ".akim");
        assertThat(approved.steps()).filteredOn(s -> s.step() == CycleStep.CONCLUSIONS)
                .singleElement().satisfies(s -> {
                    assertThat(s.date()).isEqualTo(LocalDate.of(2028, 6, 1));
                    assertThat(s.endsAt()).isEqualTo(Instant.parse("2028-06-01T19:00:00Z"));
                });

        clock.shiftTo(Instant.parse("2027-12-01T18:59:00Z"));
        ScheduleView lastMinute = callers.as(region + ".planning", () -> schedules.draft(2027, LocalDate.of(2028, 3, 15)));
        assertThat(lastMinute.status()).as("a change needs the akim again").isEqualTo(EvaluationCycle.ScheduleStatus.DRAFT);
        callers.as(region + ".akim", () -> schedules.approve(2027));

        clock.shiftTo(Instant.parse("2027-12-01T19:00:00Z"));
        callers.as(region + ".planning", () -> {
            assertThatThrownBy(() -> schedules.draft(2027, LocalDate.of(2028, 4, 1)))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("schedule.frozen"));
        });
        ScheduleView frozen = callers.as(region + ".akim", () -> schedules.view(2027));
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.steps()).filteredOn(s -> s.step() == CycleStep.REPORTING)
                .extracting(ScheduleView.Step::date).containsExactly(LocalDate.of(2028, 3, 15));
    }

    @Test
    @DisplayName("¶7.1, ¶62-¶64: late reporting is refused and logged; a recorded extension lets it through and the breach stays listed")
    void should_refuse_late_reporting_until_an_extension_is_granted() throws Exception {
        String region = "turkistan";
        EvaluationFixture.Created body = fixture.newBody(region, BodyType.REGIONAL_DEPARTMENT);
        fixture.fill(body.username(), 2026);
        long direction = callers.as(body.username(), () -> reporting.form(2026)).directions().get(0).id();

        clock.shiftTo(Instant.parse("2027-03-02T05:00:00Z"));
        callers.as(body.username(), () -> {
            assertThatThrownBy(() -> reporting.submit(direction)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                assertThat(e.messageKey()).isEqualTo("deadline.passed");
                assertThat(e.arguments()).containsExactly("¶7.1", "2027-03-01");
            });
        });
        try (Connection c = Sql.asOwner()) {
            assertThat(Sql.count(c, "select count(*) from audit_entry where tenant_id = ? and action = 'DEADLINE_REFUSED' "
                    + "and actor = ? and after_state ->> 'body' = ?", region, body.username(),
                    String.valueOf(body.body().id()))).as("the refusal survives the rollback").isEqualTo(1);
        }
        callers.as(region + ".apparatus", () -> {
            assertThatThrownBy(() -> schedules.extend(2026, CycleStep.REPORTING, body.body().id(), null, null,
                    LocalDate.of(2027, 3, 10), " ")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("extension.reason.required"));
            schedules.extend(2026, CycleStep.REPORTING, body.body().id(), null, null, LocalDate.of(2027, 3, 10),
                    "Басшы ауысты, деректер қайта жиналуда");
        });

        DirectionView submitted = callers.as(body.username(), () -> reporting.submit(direction));
        assertThat(submitted.submittedAt()).isNotNull();
        List<BreachService.Breach> listed = callers.as(region + ".akim", () -> breaches.list(2026));
        assertThat(listed).filteredOn(b -> b.body() != null && b.body().id() == body.body().id()
                        && b.step() == CycleStep.REPORTING && b.direction() == submitted.direction())
                .singleElement().satisfies(b -> {
                    assertThat(b.extendedUntil()).isEqualTo(LocalDate.of(2027, 3, 10));
                    assertThat(b.doneAt()).isNotNull();
                    assertThat(b.daysLate()).isEqualTo(1);
                    assertThat(b.responsiblePerson()).isEqualTo("Айгүл Сейітова");
                });
        assertThat(callers.as(region + ".akim", () -> schedules.view(2026)).extensions())
                .anySatisfy(x -> assertThat(x.reason()).isEqualTo("Басшы ауысты, деректер қайта жиналуда"));
    }

    @Test
    @DisplayName("¶55, ¶58: N working days skip Nauryz, a holiday moved off a weekend, New Year, and follow a government transfer")
    void should_count_working_days_in_the_regions_calendar_through_the_api() throws Exception {
        String region = "ulytau";
        PortalClient client = new PortalClient(url);
        String user = region + ".apparatus";

        assertThat(workingDays(client, user, "2027-03-19", 1)).as("Nauryz 21-23 March, the 21st (Sunday) moved to the 24th")
                .isEqualTo("2027-03-25");
        assertThat(workingDays(client, user, "2027-05-06", 1)).as("7 May Friday, 9 May Sunday moved to Monday 10 May")
                .isEqualTo("2027-05-11");
        assertThat(workingDays(client, user, "2026-12-30", 2)).as("New Year: 1-2 January, the 2nd (Saturday) moved to the 4th")
                .isEqualTo("2027-01-05");
        assertThat(workingDays(client, user, "2027-06-04", 5)).as("an ordinary week").isEqualTo("2027-06-11");

        JsonArray holidays = PortalClient.array(client.api("/api/v1/calendar/holidays?year=2027", user));
        assertThat(holidays.getValuesAs(JsonObject.class)).extracting(h -> h.getString("date") + " " + h.getString("kind"))
                .contains("2027-03-22 HOLIDAY", "2027-03-24 DAY_OFF", "2027-05-10 DAY_OFF", "2027-01-04 DAY_OFF");

        LocalDate saturday = LocalDate.of(2027, 3, 27);
        callers.as(region + ".admin", () -> calendar.set(new CalendarEntry(saturday, DayKind.WORKING_DAY,
                "Ауыстырылған жұмыс күні", "Перенесенный рабочий день", "Transferred working day")));
        try {
            assertThat(workingDays(client, user, "2027-03-26", 1)).as("a Saturday made a working day")
                    .isEqualTo("2027-03-27");
            assertThat(workingDays(client, "astana.apparatus", "2027-03-26", 1)).as("only in this region")
                    .isEqualTo("2027-03-29");
        } finally {
            callers.as(region + ".admin", () -> calendar.remove(saturday));
        }
        callers.as(region + ".planning", () -> {
            assertThatThrownBy(() -> calendar.remove(LocalDate.of(2027, 3, 22))).isInstanceOf(EJBAccessException.class);
        });
    }

    @Test
    @DisplayName("¶55, ¶58: a year not seeded yet counts with its statutory holidays, and its first transfer keeps them")
    void should_count_a_year_the_server_has_not_seeded_with_its_statutory_holidays() throws Exception {
        String user = "kostanay.apparatus";
        PortalClient client = new PortalClient(url);

        assertThat(workingDays(client, user, "2030-03-20", 1))
                .as("Nauryz 21-22 March 2030, the 23rd (Saturday) moved to Monday the 25th").isEqualTo("2030-03-26");

        LocalDate saturday = LocalDate.of(2031, 1, 4);
        callers.as("kostanay.admin", () -> calendar.set(new CalendarEntry(saturday, DayKind.WORKING_DAY,
                "Ауыстырылған жұмыс күні", "Перенесенный рабочий день", "Transferred working day")));
        try {
            JsonArray holidays = PortalClient.array(client.api("/api/v1/calendar/holidays?year=2031", user));
            assertThat(holidays.getValuesAs(JsonObject.class)).extracting(h -> h.getString("date") + " " + h.getString("kind"))
                    .contains("2031-01-04 WORKING_DAY", "2031-03-21 HOLIDAY", "2031-03-24 DAY_OFF", "2031-03-25 DAY_OFF");
            assertThat(workingDays(client, user, "2031-03-20", 1))
                    .as("Nauryz 2031 on Friday to Sunday, both weekend days moved").isEqualTo("2031-03-26");
        } finally {
            callers.as("kostanay.admin", () -> calendar.remove(saturday));
        }
    }

    @Test
    @DisplayName("¶12, ¶46-¶54, ¶60: every step is refused to a role the Rules do not give it (the general evaluation: the planning body)")
    void should_allow_each_step_only_to_its_role() {
        String region = "jambyl";
        callers.as(region + ".body1", () -> {
            assertThatThrownBy(() -> cycle.finalise(1L)).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> rechecks.start(1L, "x")).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> general.submit(2026)).isInstanceOf(EJBAccessException.class);
        });
        callers.as(region + ".planning", () -> {
            assertThatThrownBy(() -> cycle.recordCommissionConclusion(2026, "x")).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> cycle.approveAkimReport(2026, "x")).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> cycle.dispatchResults(2026, java.util.Map.of())).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> schedules.approve(2026)).isInstanceOf(EJBAccessException.class);
        });
        callers.as(region + ".commission", () -> {
            assertThatThrownBy(() -> general.assemble(2026)).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> cycle.publish(2026)).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> rechecks.start(1L, "x")).isInstanceOf(EJBAccessException.class);
        });
        callers.as(region + ".akim", () -> {
            assertThatThrownBy(() -> cycle.publish(2026)).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> general.submit(2026)).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> schedules.draft(2027, LocalDate.of(2028, 3, 1))).isInstanceOf(EJBAccessException.class);
        });
        callers.as(region + ".expert", () -> {
            assertThatThrownBy(() -> general.inviteExpert(2026, region + ".expert", null, null)).isInstanceOf(EJBAccessException.class);
        });
        callers.as("ministry", () -> {
            assertThatThrownBy(() -> cycle.approveAkimReport(2026, "x")).isInstanceOf(EJBAccessException.class);
        });
    }

    @Test
    @DisplayName("¶64: a late conclusion names the first head of the evaluator's unit responsible for the direction, with who acted beside it")
    void should_name_the_responsible_units_first_head_for_a_late_conclusion() throws Exception {
        String region = "akmola";
        java.util.Map<String, String> heads = new java.util.HashMap<>();
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, region);
            Sql.rows(c, "select evaluator_role, direction, head_name from evaluator_unit where tenant_id = ?", region)
                    .forEach(r -> heads.put(r.get(0) + "/" + r.get(1), (String) r.get(2)));
            c.commit();
        }
        clock.shiftTo(Instant.parse("2027-06-10T05:00:00Z"));

        List<BreachService.Breach> late = callers.as(region + ".akim", () -> breaches.list(2026)).stream()
                .filter(b -> b.step() == CycleStep.CONCLUSIONS).toList();

        assertThat(heads).hasSize(7);
        assertThat(late).as("the demo's late conclusions in Akmola").isNotEmpty().allSatisfy(b -> {
            assertThat(b.unit()).isNotNull();
            assertThat(b.responsiblePerson()).isEqualTo(heads.get(b.responsibleRole().name() + "/" + b.direction()));
            assertThat(b.unit().direction()).isEqualTo(b.direction());
        });
        List<BreachService.Breach> all = callers.as(region + ".akim", () -> breaches.list(2026));
        assertThat(callers.as(region + ".budget", () -> breaches.list(2026)))
                .as("¶64: an evaluator sees exactly the breaches its units answer for")
                .containsExactlyElementsOf(all.stream()
                        .filter(b -> b.responsibleRole() == kz.bagalau.identity.domain.Role.BUDGET_BODY).toList());
        callers.as(region + ".expert", () -> assertThatThrownBy(() -> breaches.list(2026))
                .isInstanceOf(kz.bagalau.shared.domain.NotFoundException.class));
    }

    @Test
    @DisplayName("¶66: the working body sends the akim a proposal on the liability of officials, resting on recorded breaches")
    void should_send_the_akim_a_proposal_on_liability_resting_on_recorded_breaches() {
        String region = "aktobe";
        clock.shiftTo(Instant.parse("2027-06-10T05:00:00Z"));
        String workingBody = region + ".workingbody";
        List<String> keys = callers.as(workingBody, () -> breaches.list(2026)).stream().limit(2)
                .map(LiabilityService::key).toList();
        callers.as(workingBody, () -> {
            assertThatThrownBy(() -> liability.propose(2026, "Бөлім басшысы", "Мерзім бұзылды", List.of()))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("liability.breaches.required"));
            assertThatThrownBy(() -> liability.propose(2026, "Бөлім басшысы", "Мерзім бұзылды",
                    List.of("CONCLUSIONS:0:1:2027-06-01"))).isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("liability.breach.unknown"));
        });
        callers.as(region + ".body1", () -> assertThatThrownBy(() -> liability.propose(2026, "x", "y", keys))
                .isInstanceOf(EJBAccessException.class));

        LiabilityService.ProposalView sent = callers.as(workingBody, () -> liability.propose(2026,
                "Бағалаушы бөлімшелердің бірінші басшылары", "Қорытындылар 1 маусымнан кейін жіберілді (¶45-2)", keys));

        assertThat(keys).as("the demo's late conclusions in Aktobe").isNotEmpty();
        assertThat(sent.breaches()).hasSize(keys.size()).allSatisfy(line -> assertThat(line).startsWith("¶"));
        assertThat(callers.as(region + ".akim", () -> liability.list(2026))).extracting(LiabilityService.ProposalView::id)
                .contains(sent.id());
        assertThat(callers.as(region + ".budget", () -> liability.list(2026))).as("need-to-know").isEmpty();
        assertThat(callers.as(region + ".akim", () -> audit.recent("liability_proposal", sent.id(), 5)))
                .extracting(e -> e.action()).containsExactly("LIABILITY_PROPOSED");
    }

    @Test
    @DisplayName("¶49, ¶51: a region-wide step after its deadline is refused; an extension by the akim lets the step's own rules decide")
    void should_refuse_the_general_evaluation_after_1_July_unless_the_akim_extends_it() {
        String region = "east-kazakhstan";
        clock.shiftTo(Instant.parse("2027-07-02T05:00:00Z"));
        callers.as(region + ".planning", () -> {
            assertThatThrownBy(() -> general.submit(2026)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("deadline.passed"));
        });
        callers.as(region + ".apparatus", () -> {
            assertThatThrownBy(() -> schedules.extend(2026, CycleStep.GENERAL_EVALUATION, null, null, null,
                    LocalDate.of(2027, 7, 5), "Комиссия отырысы ауыстырылды")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("extension.akim.only"));
        });
        callers.as(region + ".akim", () -> schedules.extend(2026, CycleStep.GENERAL_EVALUATION, null, null, null,
                LocalDate.of(2027, 7, 5), "Комиссия отырысы ауыстырылды"));
        callers.as(region + ".akim", () -> {
            assertThatThrownBy(() -> schedules.extend(2026, CycleStep.AKIM_REPORT, null, null, null,
                    LocalDate.of(2027, 8, 1), "x")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("extension.ministry.only"));
        });
        callers.as(region + ".planning", () -> general.submit(2026));
        assertThat(callers.as(region + ".planning", () -> general.view(2026)).submittedAt())
                .isAfter(Instant.parse("2027-07-02T00:00:00Z"));
        assertThat(callers.as(region + ".apparatus", () -> audit.recent("evaluation_cycle", 2026, 20)))
                .extracting(e -> e.action()).contains("GENERAL_SUBMITTED");
    }

    private static String workingDays(PortalClient client, String user, String from, int days) throws Exception {
        JsonObject answer = PortalClient.object(client.api("/api/v1/calendar/add-working-days?from=" + from
                + "&days=" + days, user));
        return answer.getString("date");
    }
}
