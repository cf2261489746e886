package kz.bagalau.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.application.BodyResult;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.ConclusionView;
import kz.bagalau.evaluation.application.EvidenceService;
import kz.bagalau.evaluation.application.ResultsService;
import kz.bagalau.evaluation.application.VerificationService;
import kz.bagalau.identity.domain.UserAccountRepository;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodyStatusChange;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyDetails;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.tenancy.context.NoTenantException;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.context.TenantMismatchException;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cross-tenant suite: for every tenant-owned table and every URL that shows a tenant's record, a user of
 * region A gets neither read nor write on region B's record. Checked at three depths: the services (JPA with
 * the tenant discriminator), the database itself (row-level security as the application role, by SQL), and
 * the web (API and pages answer 404).
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    /** Every table that carries tenant_id; the schema test below fails when a new one is not listed here. */
    static final List<String> TENANT_TABLES = List.of("app_user", "appeal", "audit_entry", "calendar_day",
            "calendar_feed", "conclusion", "control_inspection", "deadline_extension", "deadline_trigger",
            "direction_evaluation", "document_request", "evaluation", "evaluation_cycle", "evaluator_unit",
            "evaluator_staff", "evidence_file", "executive_body", "expert_assignment", "followup_item", "indicator_value",
            "commission_decision", "liability_proposal", "mail_outbox", "national_region_direction", "national_region_pace",
            "national_region_step", "national_region_type", "national_region_type_direction", "national_region_year",
            "notification",
            "predecessor_analysis", "recheck", "stored_file");

    @Inject
    Callers callers;

    @Inject
    BodyRegistry registry;

    @Inject
    AuditLog audit;

    @Inject
    UserAccountRepository users;

    @Inject
    TenantEntityManager tenantEm;

    @Inject
    UserTransaction tx;

    @Inject
    ResultsService results;

    @Inject
    VerificationService verification;

    @Inject
    ConclusionService conclusions;

    @Inject
    EvidenceService evidence;

    @Test
    void should_force_row_level_security_with_a_policy_on_every_tenant_table() throws SQLException {
        try (Connection c = Sql.asOwner()) {
            List<String> withTenantColumn = Sql.rows(c, """
                    select c.table_name from information_schema.columns c
                    join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
                    where c.column_name = 'tenant_id' and c.table_schema = 'public' and t.table_type = 'BASE TABLE'
                    order by 1""").stream().map(r -> (String) r.get(0)).toList();
            assertThat(withTenantColumn).containsExactlyInAnyOrderElementsOf(TENANT_TABLES);
            for (String table : withTenantColumn) {
                List<Object> flags = Sql.rows(c, "select relrowsecurity, relforcerowsecurity from pg_class "
                        + "where relname = ? and relnamespace = 'public'::regnamespace", table).get(0);
                assertThat(flags).as(table).containsExactly(true, true);
                assertThat(Sql.count(c, "select count(*) from pg_policies where tablename = ? "
                        + "and policyname = 'tenant_isolation'", table)).as(table).isEqualTo(1);
            }
        }
    }

    @Test
    void should_connect_the_application_as_a_role_that_owns_nothing_and_cannot_bypass_rls() throws SQLException {
        try (Connection c = Sql.asApplication()) {
            List<Object> role = Sql.rows(c, "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                    .get(0);
            assertThat(role).containsExactly(false, false);
            assertThat(Sql.count(c, "select count(*) from pg_tables where schemaname = 'public' "
                    + "and tableowner = current_user")).isZero();
        }
    }

    @Test
    void should_hide_and_protect_another_regions_rows_from_the_application_role_in_sql() throws SQLException {
        for (String region : List.of("abai", "karaganda")) {
            givenRowsTheDemoHasNoneOfIn(region);
        }
        for (String table : TENANT_TABLES) {
            try (Connection c = Sql.asApplication()) {
                c.setAutoCommit(false);
                Sql.tenant(c, "abai");
                assertThat(Sql.count(c, "select count(*) from " + table + " where tenant_id = 'karaganda'"))
                        .as("read %s", table).isZero();
                assertThat(Sql.count(c, "select count(*) from " + table + " where tenant_id = 'abai'"))
                        .as("own rows of %s", table).isPositive()
                        .isEqualTo(Sql.count(c, "select count(*) from " + table));
                if (privileged(c, table, "UPDATE")) {
                    assertThat(Sql.update(c, "update " + table + " set tenant_id = tenant_id where tenant_id = 'karaganda'"))
                            .as("update %s", table).isZero();
                }
                if (privileged(c, table, "DELETE")) {
                    assertThat(Sql.update(c, "delete from " + table + " where tenant_id = 'karaganda'"))
                            .as("delete %s", table).isZero();
                }
                c.rollback();
            }
        }
    }

    @Test
    void should_refuse_writing_a_row_into_another_region_in_sql() throws SQLException {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, "abai");
            assertThatThrownBy(() -> Sql.update(c, "insert into executive_body (tenant_id, code, name_kk, name_ru, "
                    + "name_en, type) values ('karaganda', 'INTRUDER', 'x', 'x', 'x', 'REGIONAL_DEPARTMENT')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            c.rollback();
        }
    }

    @Test
    void should_refuse_moving_an_own_row_into_another_region_in_sql() throws SQLException {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, "abai");
            assertThatThrownBy(() -> Sql.update(c, "update executive_body set tenant_id = 'karaganda' "
                    + "where tenant_id = 'abai' and code = 'EDU'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
            c.rollback();
        }
    }

    @Test
    void should_show_no_rows_at_all_when_no_region_is_set_in_sql() throws SQLException {
        try (Connection c = Sql.asApplication()) {
            for (String table : TENANT_TABLES) {
                assertThat(Sql.count(c, "select count(*) from " + table)).as(table).isZero();
            }
            c.setAutoCommit(false);
            Sql.tenant(c, "");
            assertThat(Sql.count(c, "select count(*) from executive_body")).isZero();
            c.rollback();
        }
    }

    @Test
    void should_neither_read_nor_change_another_regions_body_through_the_services() {
        BodySummary karagandaBody = callers.as("karaganda.apparatus", () -> registry.list().get(0));
        long id = karagandaBody.id();

        callers.as("abai.admin", () -> {
            assertThat(registry.find(id)).isEmpty();
            assertThat(registry.list()).extracting(BodySummary::id).doesNotContain(id);
            assertThatThrownBy(() -> registry.get(id)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> registry.revise(id, karagandaBody.version(), new BodyDetails(
                    karagandaBody.code(), new LocalizedText("a", "b", "c"), BodyType.REGIONAL_DEPARTMENT,
                    EvaluatorFunction.NONE, null, null))).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> registry.changeStatus(id, karagandaBody.version(),
                    new BodyStatusChange(BodyStatus.LIQUIDATED, java.time.LocalDate.of(2025, 3, 1), null)))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> registry.remove(id, karagandaBody.version()))
                    .isInstanceOf(NotFoundException.class);
        });

        BodySummary after = callers.as("karaganda.apparatus", () -> registry.get(id));
        assertThat(after).isEqualTo(karagandaBody);
    }

    @Test
    void should_not_name_another_regions_body_as_successor() {
        long karagandaBody = callers.as("karaganda.apparatus", () -> registry.list().get(0).id());

        callers.as("abai.admin", () -> {
            BodySummary own = registry.list().stream().filter(b -> b.code().equals("LAND")).findFirst().orElseThrow();
            assertThatThrownBy(() -> registry.changeStatus(own.id(), own.version(),
                    new BodyStatusChange(BodyStatus.REORGANISED, java.time.LocalDate.of(2025, 2, 1), karagandaBody)))
                    .isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void should_show_only_the_own_regions_users() throws Exception {
        List<String> names = callers.as("karaganda.apparatus", () -> inTransaction(
                () -> users.all().stream().map(u -> u.username()).toList()));

        assertThat(names).isNotEmpty().allMatch(n -> n.startsWith("karaganda."));
        assertThat(names).doesNotContain("ministry", "admin");
    }

    @Test
    void should_show_only_the_own_regions_audit_entries() {
        List<String> tenantsOfEntries = callers.as("abai.admin", () -> audit.recent(null, null, 500))
                .stream().map(e -> e.actor()).toList();

        assertThat(tenantsOfEntries).isNotEmpty().allMatch(actor -> actor.startsWith("abai."));
    }

    @Test
    void should_fail_closed_when_no_region_is_set() {
        callers.logIn("admin", "demo");

        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(() -> registry.list()).isInstanceOf(NoTenantException.class);
    }

    @Test
    void should_refuse_to_switch_regions_inside_one_transaction() throws Exception {
        tx.begin();
        try {
            TenantContext.runAs(TenantAccess.readWrite("abai"), () -> tenantEm.get());
            assertThatThrownBy(() -> TenantContext.runAs(TenantAccess.readWrite("karaganda"), () -> tenantEm.get()))
                    .isInstanceOf(TenantMismatchException.class);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void should_keep_the_ministry_read_only_inside_a_region() {
        callers.logIn("admin", "demo");

        TenantContext.runAs(TenantAccess.readOnly("pavlodar"), () -> {
            assertThat(registry.list()).isNotEmpty();
            assertThatThrownBy(() -> registry.register(new BodyDetails("READONLY1",
                    new LocalizedText("a", "b", "c"), BodyType.REGIONAL_DEPARTMENT, EvaluatorFunction.NONE, null,
                    null))).hasStackTraceContaining("read-only transaction");
        });
    }

    @Test
    @RunAsClient
    void should_answer_404_for_the_page_of_another_regions_body(@ArquillianResource URL url) {
        PortalClient karaganda = new PortalClient(url);
        assertThat(karaganda.logIn("karaganda.apparatus", "demo")).isTrue();
        long karagandaBody = PortalClient.array(karaganda.api("/api/v1/bodies", "karaganda.apparatus"))
                .getJsonObject(0).getJsonNumber("id").longValue();
        PortalClient abai = new PortalClient(url);
        assertThat(abai.logIn("abai.apparatus", "demo")).isTrue();

        assertThat(karaganda.get("/app/body.xhtml?id=" + karagandaBody).statusCode()).isEqualTo(200);
        assertThat(abai.get("/app/body.xhtml?id=" + karagandaBody).statusCode()).isEqualTo(404);
        assertThat(abai.get("/app/body.xhtml?id=999999999").statusCode()).isEqualTo(404);
        assertThat(abai.get("/app/bodies.xhtml").body()).doesNotContain("Теміртау");
    }

    @Test
    @RunAsClient
    void should_answer_404_for_the_api_record_of_another_region(@ArquillianResource URL url) {
        PortalClient client = new PortalClient(url);
        long abaiBody = PortalClient.array(client.api("/api/v1/bodies", "abai.body1")).getJsonObject(0)
                .getJsonNumber("id").longValue();

        assertThat(client.api("/api/v1/bodies/" + abaiBody, "karaganda.body1").statusCode()).isEqualTo(404);
        assertThat(client.api("/api/v1/bodies/" + abaiBody, "karaganda.apparatus").statusCode()).isEqualTo(404);
    }

    @Test
    void should_neither_read_nor_change_another_regions_evaluation_through_the_services() {
        BodyResult karaganda = callers.as("karaganda.apparatus", () -> results.overview(2025)).get(0);
        long directionId = karaganda.directions().get(1).directionEvaluationId();
        ConclusionView conclusion = callers.as("karaganda.apparatus", () -> conclusions.versions(directionId)).get(0);

        callers.as("abai.apparatus", () -> {
            assertThat(results.overview(2025)).extracting(r -> r.evaluationId()).doesNotContain(karaganda.evaluationId());
            assertThatThrownBy(() -> results.explain(karaganda.evaluationId())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> verification.workspace(directionId)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> verification.reopen(directionId, "intrusion")).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> conclusions.get(conclusion.id())).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> conclusions.pdf(conclusion.id(), java.util.Locale.ENGLISH))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> conclusions.saveDraft(directionId, null, "a", "b", "c")).isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void should_not_serve_another_regions_document() {
        long file = anyEvidenceFile("karaganda");

        callers.as("abai.apparatus", () -> {
            assertThatThrownBy(() -> evidence.download(file)).isInstanceOf(NotFoundException.class);
        });
        assertThat(callers.as("karaganda.apparatus", () -> evidence.download(file)).content()).startsWith(new byte[] {'%', 'P', 'D', 'F'});
    }

    @Test
    @RunAsClient
    void should_answer_404_for_another_regions_evaluation_pages_downloads_and_api(@ArquillianResource URL url) {
        PortalClient karaganda = new PortalClient(url);
        assertThat(karaganda.logIn("karaganda.apparatus", "demo")).isTrue();
        jakarta.json.JsonObject first = PortalClient.array(karaganda.api("/api/v1/evaluations?year=2025",
                "karaganda.apparatus")).getJsonObject(0);
        long evaluation = first.getJsonNumber("evaluationId").longValue();
        long direction = first.getJsonArray("directions").getJsonObject(1).getJsonNumber("directionEvaluationId").longValue();
        long conclusion = PortalClient.object(karaganda.api("/api/v1/evaluations/" + evaluation + "/explain",
                "karaganda.apparatus")).getJsonArray("conclusions").getJsonObject(0).getJsonNumber("id").longValue();
        PortalClient abai = new PortalClient(url);
        assertThat(abai.logIn("abai.apparatus", "demo")).isTrue();

        assertThat(karaganda.get("/app/explain.xhtml?id=" + evaluation).statusCode()).isEqualTo(200);
        assertThat(karaganda.get("/app/conclusion.xhtml?id=" + conclusion).statusCode()).isEqualTo(200);
        assertThat(abai.get("/app/explain.xhtml?id=" + evaluation).statusCode()).isEqualTo(404);
        assertThat(abai.get("/app/workspace.xhtml?id=" + direction).statusCode()).isEqualTo(404);
        assertThat(abai.get("/app/conclusion.xhtml?id=" + conclusion).statusCode()).isEqualTo(404);
        assertThat(abai.get("/app/download/conclusion/" + conclusion + ".pdf?lang=kk").statusCode()).isEqualTo(404);
        assertThat(abai.api("/api/v1/evaluations/" + evaluation + "/explain", "abai.apparatus").statusCode()).isEqualTo(404);
        assertThat(abai.api("/api/v1/conclusions/" + conclusion + "/pdf", "abai.apparatus").statusCode()).isEqualTo(404);
        assertThat(abai.api("/api/v1/evaluations?year=2025", "abai.apparatus").body()).doesNotContain(
                "\"evaluationId\":" + evaluation + ",");
    }

    private static long anyEvidenceFile(String tenant) {
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, tenant);
            // A document of a direction the apparatus evaluates: inside its region it may read it (need-to-know).
            long id = ((Number) Sql.rows(c, "select min(f.id) from evidence_file f join direction_evaluation d "
                    + "on d.id = f.direction_evaluation_id where not f.confidential and d.evaluator_role = 'AKIM_APPARATUS'")
                    .get(0).get(0)).longValue();
            c.rollback();
            return id;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The demo has no ¶66 proposal and no ¶60-2 analysis: one of each per region, written as the services would,
     * so the walls are checked on rows that exist.
     */
    private static void givenRowsTheDemoHasNoneOfIn(String region) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, region);
            Sql.update(c, "insert into liability_proposal (tenant_id, year, officials, grounds, breaches, proposed_by, "
                    + "proposed_at) values (?, 2025, 'test', 'test', '¶45-2 CONCLUSIONS', ?, now())", region,
                    region + ".workingbody");
            Sql.update(c, "insert into predecessor_analysis (tenant_id, direction_evaluation_id, predecessor_code, "
                    + "analysis, recommendations, recorded_by, recorded_at) select tenant_id, min(id), 'WALL-TEST', "
                    + "'test', 'test', ?, now() from direction_evaluation where tenant_id = ? group by tenant_id "
                    + "on conflict do nothing", region + ".apparatus", region);
            Sql.update(c, "insert into deadline_trigger (tenant_id, year, step, kind, offset_days, deadline, due_at, "
                    + "status) values (?, 2031, 'REPORTING', 'REMINDER', 14, date '2032-03-01', now(), 'SKIPPED') "
                    + "on conflict do nothing", region);
            Sql.update(c, "insert into calendar_feed (tenant_id, username, token_hash, created_at) values (?, ?, "
                    + "encode(sha256(convert_to(?, 'UTF8')), 'hex'), now()) on conflict do nothing", region,
                    region + ".apparatus", "WALL-TEST-" + region);
            Sql.update(c, "insert into mail_outbox (tenant_id, dedup_key, recipient, address, locale, subject, "
                    + "body_text, body_html, status, next_attempt_at, created_at, message_id) values (?, ?, ?, ?, "
                    + "'kk', 'test', 'test', 'test', 'SENT', now(), now(), '<wall-test@bagalau>') "
                    + "on conflict do nothing", region, "WALL-TEST|" + region, region + ".apparatus",
                    region + ".apparatus@bagalau.example");
            Sql.update(c, "insert into evaluator_staff (tenant_id, username, body_id, direction, assigned_by, assigned_at)"
                    + " select tenant_id, ?, min(id), 2, ?, now() from executive_body where tenant_id = ? group by tenant_id"
                    + " on conflict do nothing", region + ".wall-test", region + ".admin", region);
            c.commit();
        }
    }

    /** Tables the application role may not update or delete at all (the audit log) need no row check. */
    private static boolean privileged(Connection c, String table, String privilege) throws SQLException {
        return Sql.count(c, "select count(*) from (select 1 where has_table_privilege(current_user, ?, ?)) x",
                table, privilege) == 1;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            tx.begin();
            try {
                return work.get();
            } finally {
                tx.rollback();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
