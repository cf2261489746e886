package kz.bagalau.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import org.assertj.core.api.SoftAssertions;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Need-to-know inside a region (¶9.2, ¶45, ¶48, ¶57, ¶65), cell by cell over pages and API: for one appealed
 * direction of one body in two regions, every role in its relation to that record opens each page and
 * endpoint that shows the record. Allowed is 200; not allowed is 404, exactly as for another region's record.
 * The expected cells restate README's matrix on purpose: a change of the matrix must change this table too.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    /** Each page or endpoint that shows a kind of record. */
    enum Target {
        EXPLAIN_PAGE, EXPLAIN_API, CONCLUSION_PAGE, CONCLUSION_PDF, CONCLUSION_PDF_API, EVIDENCE,
        CONFIDENTIAL_EVIDENCE, APPEAL_PAGE, WORKSPACE_PAGE, GENERAL_PAGE, BREACHES_PAGE, AUDIT_PAGE, OUTBOX_PAGE
    }

    private static final Set<Target> MATERIAL = EnumSet.range(Target.EXPLAIN_PAGE, Target.APPEAL_PAGE);

    /** One appealed direction of a 2026 evaluation and the ids of what shows it. */
    record Fixture(String region, long evaluation, long directionEvaluation, long conclusion, long appeal,
                   long openFile, long secretFile, String evaluatorRole, String member, String bodyUser,
                   String otherBodyUser, long firstBody2025, long otherBody2025, Set<String> evaluatorsOfBody) {
    }

    @ArquillianResource
    URL url;

    private final Map<String, PortalClient> sessions = new HashMap<>();

    @Test
    @DisplayName("¶9.2, ¶45, ¶48, ¶57: every role × record × page/API cell in Karaganda answers 200 or 404 as the matrix says")
    void should_open_each_cell_as_the_matrix_says_in_karaganda() throws SQLException {
        walk(fixture("karaganda"));
    }

    @Test
    @DisplayName("¶9.2, ¶45, ¶48, ¶57: every role × record × page/API cell in Shymkent answers 200 or 404 as the matrix says")
    void should_open_each_cell_as_the_matrix_says_in_shymkent() throws SQLException {
        walk(fixture("shymkent"));
    }

    @Test
    @DisplayName("¶9.2: the outbox, which names the region's people and what each has not done, opens for its administrator only")
    void should_open_the_outbox_for_the_apparatus_and_answer_404_to_everyone_else() {
        assertThat(session("karaganda.apparatus").get("/app/outbox.xhtml").statusCode()).isEqualTo(200);
        for (String user : List.of("karaganda.akim", "karaganda.planning", "karaganda.commission", "karaganda.expert")) {
            assertThat(session(user).get("/app/outbox.xhtml").statusCode()).as(user).isEqualTo(404);
        }
    }

    @Test
    @DisplayName("¶48: an expert reads the assigned body's chain and nothing of another body")
    void should_let_an_expert_read_only_the_assigned_body() throws SQLException {
        Fixture f = fixture("karaganda");
        PortalClient expert = session(f.region() + ".expert");

        assertThat(expert.get("/app/explain.xhtml?id=" + f.firstBody2025()).statusCode()).isEqualTo(200);
        assertThat(expert.get("/app/explain.xhtml?id=" + f.otherBody2025()).statusCode()).isEqualTo(404);
        assertThat(expert.api("/api/v1/evaluations/" + f.otherBody2025() + "/explain", f.region() + ".expert")
                .statusCode()).isEqualTo(404);
        assertThat(expert.get("/app/general.xhtml?year=2025").statusCode()).isEqualTo(200);
        assertThat(session(f.region() + ".commission").get("/app/explain.xhtml?id=" + f.otherBody2025()).statusCode())
                .as("the commission, once the general evaluation reached it (¶49)").isEqualTo(200);
    }

    @Test
    @DisplayName("¶65: a read of a body's material by anyone but the body is in the audit log with who and when")
    void should_record_every_read_of_material_by_someone_other_than_its_body() throws SQLException {
        Fixture f = fixture("shymkent");
        String akim = f.region() + ".akim";
        long before = reads(f.region(), akim, "READ_EXPLANATION", f.evaluation());
        long bodyBefore = reads(f.region(), f.bodyUser(), "READ_EXPLANATION", f.evaluation());

        assertThat(session(akim).get("/app/explain.xhtml?id=" + f.evaluation()).statusCode()).isEqualTo(200);
        assertThat(session(f.bodyUser()).get("/app/explain.xhtml?id=" + f.evaluation()).statusCode()).isEqualTo(200);
        assertThat(session(akim).get("/app/download/file/" + f.openFile()).statusCode()).isEqualTo(200);

        assertThat(reads(f.region(), akim, "READ_EXPLANATION", f.evaluation())).isEqualTo(before + 1);
        assertThat(reads(f.region(), f.bodyUser(), "READ_EXPLANATION", f.evaluation())).isEqualTo(bodyBefore);
        assertThat(reads(f.region(), akim, "READ_EVIDENCE", f.openFile())).isPositive();
        assertThat(session(akim).get("/app/audit.xhtml").body()).contains(akim);
    }

    private void walk(Fixture f) {
        String r = f.region();
        String evaluator = r + switch (f.evaluatorRole()) {
            case "PLANNING_BODY" -> ".planning";
            case "BUDGET_BODY" -> ".budget";
            default -> ".apparatus";
        };
        String outsider = r + (f.evaluatorRole().equals("BUDGET_BODY") ? ".planning" : ".budget");
        Set<Target> breaches = EnumSet.of(Target.BREACHES_PAGE);
        Map<String, Set<Target>> allowed = new java.util.LinkedHashMap<>();
        allowed.put(f.bodyUser(), with(MATERIAL, Target.BREACHES_PAGE));
        allowed.put(f.otherBodyUser(), breaches);
        allowed.put(evaluator, with(with(MATERIAL, Target.WORKSPACE_PAGE), regionPages(evaluator)));
        // Another evaluator opens the body's chain for its own direction only (checked below), never this one's.
        String outsiderRole = outsider.endsWith(".planning") ? "PLANNING_BODY" : "BUDGET_BODY";
        allowed.put(outsider, f.evaluatorsOfBody().contains(outsiderRole)
                ? with(EnumSet.of(Target.EXPLAIN_PAGE, Target.EXPLAIN_API), regionPages(outsider))
                : EnumSet.copyOf(List.of(regionPages(outsider))));
        allowed.put(f.member(), with(with(MATERIAL, Target.WORKSPACE_PAGE), regionPages(f.member())));
        allowed.put(r + ".expert", EnumSet.noneOf(Target.class));
        allowed.put(r + ".commission", EnumSet.of(Target.GENERAL_PAGE, Target.BREACHES_PAGE));
        allowed.put(r + ".workingbody", without(with(MATERIAL, Target.GENERAL_PAGE, Target.BREACHES_PAGE),
                Target.CONFIDENTIAL_EVIDENCE));
        allowed.put(r + ".akim", without(without(without(EnumSet.allOf(Target.class), Target.CONFIDENTIAL_EVIDENCE),
                Target.WORKSPACE_PAGE), Target.OUTBOX_PAGE));
        // The region's administrator (issue 11, ¶9.2) reads the region's audit log and mail queue, no evaluation.
        allowed.put(r + ".admin", EnumSet.of(Target.AUDIT_PAGE, Target.OUTBOX_PAGE));
        allowed.put("admin", EnumSet.of(Target.AUDIT_PAGE));

        SoftAssertions softly = new SoftAssertions();
        allowed.forEach((user, open) -> {
            for (Target t : Target.values()) {
                if (user.equals("admin") && (t == Target.GENERAL_PAGE || t == Target.BREACHES_PAGE
                        || t == Target.OUTBOX_PAGE)) {
                    continue;
                }
                int expected = open.contains(t) ? 200 : 404;
                softly.assertThat(status(f, user, t)).as("%s → %s", user, t).isEqualTo(expected);
            }
        });
        softly.assertThat(session(outsider).api("/api/v1/evaluations/" + f.evaluation() + "/explain", outsider).body())
                .as("%s sees at most its own direction of the chain, not the appealed one", outsider)
                .doesNotContain("\"id\":" + f.directionEvaluation() + ",");
        softly.assertThat(session(evaluator).api("/api/v1/evaluations/" + f.evaluation() + "/explain", evaluator).body())
                .as("%s sees the direction it evaluates", evaluator)
                .contains("\"id\":" + f.directionEvaluation() + ",");
        for (String user : List.of(f.otherBodyUser(), r + ".expert", r + ".commission")) {
            softly.assertThat(session(user).api("/api/v1/evaluations?year=2026", user).body())
                    .as("%s lists nothing of the body", user).doesNotContain("\"evaluationId\":" + f.evaluation() + ",");
        }
        softly.assertThat(session(r + ".akim").api("/api/v1/evaluations?year=2026", r + ".akim").body())
                .as("the akim lists it").contains("\"evaluationId\":" + f.evaluation() + ",");
        softly.assertAll();
    }

    /** The region-wide pages a member of an evaluator's staff opens (the control units end in "2"). */
    private static Target[] regionPages(String user) {
        String staff = user.replaceAll("2$", "");
        List<Target> pages = new ArrayList<>(List.of(Target.BREACHES_PAGE));
        if (staff.endsWith(".planning")) {
            pages.add(Target.GENERAL_PAGE);
        }
        if (staff.endsWith(".apparatus")) {
            pages.add(Target.OUTBOX_PAGE);
        }
        return pages.toArray(Target[]::new);
    }

    private static Set<Target> with(Set<Target> base, Target... more) {
        Set<Target> s = EnumSet.copyOf(base);
        s.addAll(List.of(more));
        return s;
    }

    private static Set<Target> without(Set<Target> base, Target less) {
        Set<Target> s = EnumSet.copyOf(base);
        s.remove(less);
        return s;
    }

    private int status(Fixture f, String user, Target t) {
        PortalClient c = session(user);
        return switch (t) {
            case EXPLAIN_PAGE -> c.get("/app/explain.xhtml?id=" + f.evaluation()).statusCode();
            case EXPLAIN_API -> c.api("/api/v1/evaluations/" + f.evaluation() + "/explain", user).statusCode();
            case CONCLUSION_PAGE -> c.get("/app/conclusion.xhtml?id=" + f.conclusion()).statusCode();
            case CONCLUSION_PDF -> c.get("/app/download/conclusion/" + f.conclusion() + ".pdf?lang=en").statusCode();
            case CONCLUSION_PDF_API -> c.api("/api/v1/conclusions/" + f.conclusion() + "/pdf", user).statusCode();
            case EVIDENCE -> c.get("/app/download/file/" + f.openFile()).statusCode();
            case CONFIDENTIAL_EVIDENCE -> c.get("/app/download/file/" + f.secretFile()).statusCode();
            case APPEAL_PAGE -> c.get("/app/appeal.xhtml?id=" + f.appeal()).statusCode();
            case WORKSPACE_PAGE -> c.get("/app/workspace.xhtml?id=" + f.directionEvaluation()).statusCode();
            case GENERAL_PAGE -> c.get("/app/general.xhtml?year=2026").statusCode();
            case BREACHES_PAGE -> c.get("/app/breaches.xhtml?year=2026").statusCode();
            case AUDIT_PAGE -> c.get("/app/audit.xhtml").statusCode();
            case OUTBOX_PAGE -> c.get("/app/outbox.xhtml").statusCode();
        };
    }

    private PortalClient session(String user) {
        return sessions.computeIfAbsent(user, u -> {
            PortalClient client = new PortalClient(url);
            assertThat(client.logIn(u, "demo")).as("log in as " + u).isTrue();
            return client;
        });
    }

    /**
     * The demo's first appeal in {@code region}'s 2026 evaluation with a special commission (one member of the
     * evaluator's staff, ¶57), and two documents added to its direction: one open, one confidential.
     */
    private static Fixture fixture(String region) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, region);
            List<Object> row = Sql.rows(c, """
                    select a.id, a.conclusion_id, d.id, d.evaluator_role, e.id, e.body_id, a.commission_members
                      from appeal a join direction_evaluation d on d.id = a.direction_evaluation_id
                      join evaluation e on e.id = d.evaluation_id
                     where a.tenant_id = ? and e.year = 2026 and a.commission_members is not null
                     order by a.id limit 1""", region).get(0);
            long direction = ((Number) row.get(2)).longValue();
            long body = ((Number) row.get(5)).longValue();
            long open = file(c, region, direction, false);
            long secret = file(c, region, direction, true);
            String bodyUser = (String) Sql.rows(c, "select username from app_user where tenant_id = ? and body_id = ?",
                    region, body).get(0).get(0);
            String otherBodyUser = (String) Sql.rows(c, "select username from app_user where tenant_id = ? "
                    + "and body_id is not null and body_id <> ? order by username limit 1", region, body).get(0).get(0);
            Set<String> evaluators = new java.util.HashSet<>();
            Sql.rows(c, "select evaluator_role from direction_evaluation where evaluation_id = ?", row.get(4))
                    .forEach(x -> evaluators.add((String) x.get(0)));
            List<List<Object>> y2025 = Sql.rows(c, "select id from evaluation where tenant_id = ? and year = 2025 "
                    + "order by body_id limit 2", region);
            c.commit();
            return new Fixture(region, ((Number) row.get(4)).longValue(), direction, ((Number) row.get(1)).longValue(),
                    ((Number) row.get(0)).longValue(), open, secret, (String) row.get(3), (String) row.get(6), bodyUser,
                    otherBodyUser,
                    ((Number) y2025.get(0).get(0)).longValue(), ((Number) y2025.get(1).get(0)).longValue(), evaluators);
        }
    }

    private static long file(Connection c, String region, long direction, boolean confidential) throws SQLException {
        return ((Number) Sql.rows(c, """
                insert into evidence_file (tenant_id, direction_evaluation_id, purpose, file_name, content_type, size,
                                           sha256, confidential, uploaded_by, uploaded_at)
                select tenant_id, ?, 'EVIDENCE', ?, content_type, size, sha256, ?, 'matrix-test', now()
                  from evidence_file where tenant_id = ? order by id limit 1
                returning id""", direction, confidential ? "matrix-secret.pdf" : "matrix-open.pdf", confidential,
                region).get(0).get(0)).longValue();
    }

    private static long reads(String region, String actor, String action, long entity) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, region);
            long n = Sql.count(c, "select count(*) from audit_entry where tenant_id = ? and actor = ? and action = ? "
                    + "and entity_id = ?", region, actor, action, String.valueOf(entity));
            c.commit();
            return n;
        }
    }
}
