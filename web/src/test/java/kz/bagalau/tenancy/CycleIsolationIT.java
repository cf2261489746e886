package kz.bagalau.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.cycle.application.AppealService;
import kz.bagalau.cycle.application.AppealView;
import kz.bagalau.cycle.application.CycleService;
import kz.bagalau.cycle.application.GeneralEvaluationService;
import kz.bagalau.cycle.application.LiabilityService;
import kz.bagalau.cycle.application.NotificationService;
import kz.bagalau.cycle.application.RecheckService;
import kz.bagalau.cycle.application.ScheduleService;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.evaluation.application.PredecessorAnalyses;
import kz.bagalau.evaluation.application.VerificationService;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The yearly cycle's records behind the tenant walls: appeals, re-checks, extensions, notifications and
 * experts' assignments of Karaganda are "not found" for Abai's users in the services, the pages and the API;
 * the published results are the one table every region may read, but each region writes only its own.
 */
@ExtendWith(ArquillianExtension.class)
class CycleIsolationIT {

    @Inject
    Callers callers;

    @Inject
    AppealService appeals;

    @Inject
    RecheckService rechecks;

    @Inject
    ScheduleService schedules;

    @Inject
    CycleService cycle;

    @Inject
    GeneralEvaluationService general;

    @Inject
    NotificationService notifications;

    @Inject
    VerificationService verification;

    @Inject
    PredecessorAnalyses analyses;

    @Inject
    LiabilityService liability;

    @Test
    void should_neither_read_nor_change_another_regions_appeal_through_the_services() {
        AppealView karaganda = callers.as("karaganda.apparatus", () -> appeals.list(2026)).get(0);

        callers.as("abai.apparatus", () -> {
            assertThatThrownBy(() -> appeals.get(karaganda.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> appeals.window(karaganda.directionEvaluationId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> appeals.candidates(karaganda.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> appeals.formCommission(karaganda.id(), List.of("abai.apparatus2")))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> cycle.finalise(karaganda.directionEvaluationId())).isInstanceOf(NotFoundException.class);
            assertThat(appeals.list(2026)).extracting(AppealView::id).doesNotContain(karaganda.id());
        });
        callers.as("abai.apparatus2", () -> {
            assertThatThrownBy(() -> appeals.decide(karaganda.id(), true, "x")).isInstanceOf(NotFoundException.class);
        });
        callers.as("abai.akim", () -> {
            assertThatThrownBy(() -> schedules.extend(2026, CycleStep.REPORTING, karaganda.body().id(), null, null,
                    LocalDate.of(2027, 3, 5), "x")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> schedules.extend(2026, CycleStep.APPEAL_DECISION, null, null, karaganda.id(),
                    LocalDate.of(2027, 6, 20), "x")).isInstanceOf(NotFoundException.class);
        });
        callers.as("abai.workingbody", () -> {
            assertThatThrownBy(() -> rechecks.start(karaganda.directionEvaluationId(), "x"))
                    .isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    @DisplayName("¶43, ¶44, ¶48, ¶60-2, ¶66: another region's directions, bodies, assignments and breaches are not found")
    void should_not_reach_another_regions_records_through_the_new_evaluator_and_working_body_acts() throws SQLException {
        long karagandaDirection = idIn("karaganda", "select min(id) from direction_evaluation "
                + "where evaluator_role = 'AKIM_APPARATUS'");
        long karagandaBody = idIn("karaganda", "select min(id) from executive_body");
        long karagandaAssignment = idIn("karaganda", "select min(id) from expert_assignment");
        long abaiDirection = idIn("abai", "select min(d.id) from direction_evaluation d join evaluation e "
                + "on e.id = d.evaluation_id where d.evaluator_role = 'AKIM_APPARATUS' and e.year = 2026");

        callers.as("abai.apparatus", () -> {
            assertThatThrownBy(() -> analyses.record(karagandaDirection, "X", "a", "b"))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> verification.requestDocuments(karagandaDirection, "x", LocalDate.of(2027, 3, 1),
                    null)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> verification.requestDocuments(abaiDirection, "x", LocalDate.of(2027, 3, 1),
                    karagandaBody)).as("a body of another region as the addressee").isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> verification.recordInspection(karagandaDirection, "x", LocalDate.of(2026, 10, 1),
                    "x", List.of(), null, null, false)).isInstanceOf(NotFoundException.class);
        });
        callers.as("abai.planning", () -> assertThatThrownBy(() -> general.endExpertAssignment(karagandaAssignment))
                .isInstanceOf(NotFoundException.class));
        callers.as("abai.workingbody", () -> assertThatThrownBy(() -> liability.propose(2026, "x", "y",
                List.of("CONCLUSIONS:" + karagandaBody + ":2:2027-06-01"))).isInstanceOf(RuleViolation.class));
    }

    @Test
    void should_neither_read_nor_change_another_regions_rechecks_notifications_and_expert_opinions() throws SQLException {
        long recheck = idIn("karaganda", "select min(id) from recheck");
        long notification = idIn("karaganda", "select min(id) from notification");
        long assignment = idIn("karaganda", "select min(id) from expert_assignment");

        callers.as("abai.workingbody", () -> {
            assertThatThrownBy(() -> rechecks.close(recheck, "x")).isInstanceOf(NotFoundException.class);
            assertThat(rechecks.list(2025)).extracting(RecheckService.RecheckView::id).doesNotContain(recheck);
        });
        callers.as("abai.apparatus", () -> {
            assertThatThrownBy(() -> notifications.markRead(notification)).isInstanceOf(NotFoundException.class);
        });
        callers.as("abai.expert", () -> {
            assertThatThrownBy(() -> general.writeOpinion(assignment, "x")).isInstanceOf(NotFoundException.class);
            assertThat(general.view(2025).opinions()).extracting(o -> o.assignmentId()).doesNotContain(assignment);
        });
        assertThat(callers.as("abai.planning", () -> schedules.view(2026)).approvedBy()).isEqualTo("abai.akim");
    }

    @Test
    void should_let_every_region_read_the_published_results_but_write_only_its_own() throws SQLException {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, "abai");
            assertThat(Sql.count(c, "select count(*) from publication where tenant_code = 'karaganda'")).isPositive();
            assertThatThrownBy(() -> Sql.update(c, "insert into publication (tenant_code, year, published_at, published_by, "
                    + "snapshot) values ('karaganda', 2030, now(), 'abai.planning', '[]')"))
                    .hasMessageContaining("row-level security");
            c.rollback();
            Sql.tenant(c, "karaganda");
            assertThatThrownBy(() -> Sql.update(c, "update publication set snapshot = '[]' where tenant_code = 'karaganda'"))
                    .hasMessageContaining("permission denied");
            c.rollback();
        }
    }

    @Test
    @RunAsClient
    void should_answer_404_for_another_regions_appeal_page_and_leave_it_out_of_the_api(@ArquillianResource URL url) {
        PortalClient karaganda = new PortalClient(url);
        assertThat(karaganda.logIn("karaganda.apparatus", "demo")).isTrue();
        long appeal = PortalClient.array(karaganda.api("/api/v1/appeals?year=2026", "karaganda.apparatus"))
                .getJsonObject(0).getJsonNumber("id").longValue();
        PortalClient abai = new PortalClient(url);
        assertThat(abai.logIn("abai.apparatus", "demo")).isTrue();

        assertThat(karaganda.get("/app/appeal.xhtml?id=" + appeal).statusCode()).isEqualTo(200);
        assertThat(abai.get("/app/appeal.xhtml?id=" + appeal).statusCode()).isEqualTo(404);
        assertThat(abai.api("/api/v1/appeals?year=2026", "abai.apparatus").body()).doesNotContain("\"id\":" + appeal + ",");
        assertThat(abai.api("/api/v1/schedule?year=2026", "abai.apparatus").body()).contains("\"approvedBy\":\"abai.akim\"")
                .doesNotContain("karaganda");
        assertThat(new PortalClient(url).get("/public/results.xhtml?region=karaganda&year=2025").body())
                .as("published results need no login").contains("id=\"publicResults\"");
    }

    private static long idIn(String tenant, String sql) throws SQLException {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, tenant);
            long id = ((Number) Sql.rows(c, sql).get(0).get(0)).longValue();
            c.rollback();
            return id;
        }
    }
}
