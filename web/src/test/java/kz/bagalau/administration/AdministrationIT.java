package kz.bagalau.administration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import kz.bagalau.administration.application.EvaluatorStaff;
import kz.bagalau.administration.application.IssuedPassword;
import kz.bagalau.administration.application.NationalAccountAdministration;
import kz.bagalau.administration.application.NewRegionUser;
import kz.bagalau.administration.application.NewTenant;
import kz.bagalau.administration.application.RegionUserAdministration;
import kz.bagalau.administration.application.RegionUserRow;
import kz.bagalau.administration.application.TenantAdministration;
import kz.bagalau.administration.application.UserImportResult;
import kz.bagalau.cycle.application.AppealService;
import kz.bagalau.cycle.application.CalendarService;
import kz.bagalau.cycle.domain.CalendarEntry;
import kz.bagalau.cycle.domain.DayKind;
import kz.bagalau.evaluation.application.VerificationService;
import kz.bagalau.identity.application.ProfileService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.domain.RegionNames;
import kz.bagalau.tenancy.domain.TenantSettings;
import kz.bagalau.tenancy.domain.TenantType;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11's administration against the real portal: the platform administrator provisions, suspends and resumes
 * regions; a region's administrator manages its users (one at a time or from a list, all or nothing), and a role
 * change applies at the user's next request; administering and evaluating stay apart (¶9.2); and nobody
 * administers another region. Regions a test creates are removed after it, so the suite still sees twenty.
 */
@ExtendWith(ArquillianExtension.class)
class AdministrationIT {

    private static final String SUSPENDED_KK = "уақытша тоқтатылған";

    @ArquillianResource
    URL url;

    @Inject
    Callers callers;

    @Inject
    TenantAdministration tenants;

    @Inject
    RegionUserAdministration users;

    @Inject
    CalendarService calendar;

    @Inject
    VerificationService verification;

    @Inject
    ProfileService profiles;

    @Inject
    RegionTime regionTime;

    @Inject
    EvaluatorStaff staff;

    @Inject
    NationalAccountAdministration national;

    @Inject
    AppealService appeals;

    private final List<String> created = new ArrayList<>();

    @AfterEach
    void removeTheRegionsThisTestCreated() throws SQLException {
        for (String code : created) {
            Sql.removeTenant(code);
        }
    }

    @Test
    @DisplayName("issue 11: a new region gets its settings, calendar and first administrator in one transaction; the administrator must choose a password")
    void should_provision_a_new_region_with_its_calendar_and_first_administrator() throws SQLException {
        String code = unique("zhana");

        IssuedPassword admin = callers.as("admin", () -> tenants.create(newTenant(code, "Сәуле Әлиева")));
        created.add(code);

        assertThat(admin.username()).isEqualTo(code + ".admin");
        assertThat(admin.password()).hasSizeGreaterThanOrEqualTo(12);
        try (Connection c = Sql.asOwner()) {
            assertThat(Sql.rows(c, "select status, default_locale, reminder_offsets, brand_colour, time_zone from tenant "
                    + "where code = ?", code)).containsExactly(List.of("ACTIVE", "ru", "10,5,1", "#0a7e8c", "Asia/Aqtau"));
            c.setAutoCommit(false);
            Sql.tenant(c, code);
            assertThat(Sql.count(c, "select count(*) from calendar_day where tenant_id = ?", code))
                    .as("the statutory holidays of three years").isGreaterThan(20);
            assertThat(Sql.rows(c, "select roles, must_change_password, locale from app_user where tenant_id = ?", code))
                    .containsExactly(List.of("REGION_ADMIN", true, "ru"));
            assertThat(Sql.count(c, "select count(*) from audit_entry where tenant_id = ? and action = 'TENANT_CREATED'",
                    code)).isEqualTo(1);
            c.commit();
        }
        PortalClient browser = new PortalClient(url);
        assertThat(browser.logIn(admin.username(), admin.password())).isTrue();
        HttpResponse<String> home = browser.get("/app/home.xhtml");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).as("a temporary password leads to choosing one")
                .endsWith("/app/password.xhtml");
        assertThat(new PortalClient(url).api("/api/v1/me", admin.username(), admin.password()).statusCode())
                .as("a temporary password opens no API").isEqualTo(401);
    }

    @Test
    @DisplayName("issue 11: a refused region writes nothing — a taken code, an unknown zone, a first administrator without a name")
    void should_write_nothing_of_a_refused_region() throws SQLException {
        String code = unique("bos");
        created.add(code);

        assertRefused(() -> tenants.create(newTenant(code, " ")), "user.name.required");
        assertRefused(() -> tenants.create(newTenant("karaganda", "Аты Жөні")), "tenant.code.taken");
        NewTenant badZone = new NewTenant(code, TenantType.OBLAST, names(), new TenantSettings("Mars/Olympus", "kk",
                null, null, "7,1", null), "Аты Жөні", null);
        assertRefused(() -> tenants.create(badZone), "tenant.zone.invalid");

        try (Connection c = Sql.asOwner()) {
            assertThat(Sql.count(c, "select count(*) from tenant where code = ?", code)).isZero();
            c.setAutoCommit(false);
            Sql.tenant(c, code);
            assertThat(Sql.count(c, "select count(*) from calendar_day where tenant_id = ?", code)).isZero();
            assertThat(Sql.count(c, "select count(*) from app_user where tenant_id = ?", code)).isZero();
            c.commit();
        }
    }

    @Test
    @DisplayName("issue 11: a suspended region's users are told so at login and its open sessions end; resumed, they work again")
    void should_tell_a_suspended_regions_users_at_login_and_let_them_in_when_resumed() throws SQLException {
        PortalClient open = new PortalClient(url);
        assertThat(open.logIn("kyzylorda.akim", "demo")).isTrue();

        callers.as("admin", () -> tenants.suspend("kyzylorda", "Әкімшілік-аумақтық реформа"));
        try {
            HttpResponse<String> refused = new PortalClient(url).logInAnswer("kyzylorda.akim", "demo");
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains(SUSPENDED_KK);
            assertThat(new PortalClient(url).logInAnswer("kyzylorda.akim", "wrong password").body())
                    .as("only who knows the password learns of the suspension").doesNotContain(SUSPENDED_KK);
            assertThat(open.get("/app/home.xhtml").statusCode()).as("the open session ends").isEqualTo(302);
            assertThat(new PortalClient(url).api("/api/v1/me", "kyzylorda.akim").statusCode()).isEqualTo(401);
            assertThat(new PortalClient(url).logIn("karaganda.akim", "demo")).as("other regions work").isTrue();
            try (Connection c = Sql.asOwner()) {
                c.setAutoCommit(false);
                Sql.tenant(c, "kyzylorda");
                assertThat(Sql.count(c, "select count(*) from audit_entry where tenant_id = 'kyzylorda' and action = "
                        + "'TENANT_SUSPENDED' and before_state ->> 'status' = 'ACTIVE' and after_state ->> 'status' = "
                        + "'SUSPENDED' and actor = 'admin'")).isEqualTo(1);
                c.commit();
            }
        } finally {
            callers.as("admin", () -> tenants.resume("kyzylorda"));
        }
        assertThat(new PortalClient(url).logIn("kyzylorda.akim", "demo")).isTrue();
    }

    @Test
    @DisplayName("¶9.2: the region's administrator keeps its calendar but cannot evaluate; an evaluator cannot edit the calendar")
    void should_keep_administration_and_evaluation_apart() {
        CalendarEntry transfer = new CalendarEntry(LocalDate.of(2030, 1, 5), DayKind.WORKING_DAY, "Ауыстырылған жұмыс күні",
                "Перенесённый рабочий день", "Transferred working day");

        assertThatThrownBy(() -> callers.as("pavlodar.admin", () -> verification.queue(2026)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> callers.as("pavlodar.apparatus", () -> calendar.set(transfer)))
                .isInstanceOf(EJBAccessException.class);
        callers.as("pavlodar.admin", () -> calendar.set(transfer));
        assertThat(callers.as("pavlodar.admin", () -> calendar.entries(2030))).contains(transfer);
        callers.as("pavlodar.admin", () -> calendar.remove(transfer.date()));

        assertRefused("pavlodar.admin", () -> users.create(new NewRegionUser("both-" + suffix(), "Екі рөлді",
                Set.of(Role.REGION_ADMIN, Role.PLANNING_BODY), null, null, "")), "user.admin.evaluator");
        PortalClient apparatus = new PortalClient(url);
        apparatus.logIn("pavlodar.apparatus", "demo");
        assertThat(apparatus.get("/app/users.xhtml").statusCode()).isEqualTo(404);
        PortalClient admin = new PortalClient(url);
        admin.logIn("pavlodar.admin", "demo");
        assertThat(admin.get("/app/users.xhtml").statusCode()).isEqualTo(200);
        assertThat(admin.get("/app/tenant.xhtml?code=pavlodar").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("issue 11: a role change applies at the user's very next request, without a new login")
    void should_apply_a_role_change_at_the_next_request() {
        IssuedPassword issued = callers.as("jambyl.admin", () -> users.create(new NewRegionUser("auditor-" + suffix(),
                "Аудитор Тексеруші", Set.of(Role.AKIM), null, null, "")));
        profiles.changePassword(issued.username(), issued.password().toCharArray(), "өз құпиясөзім-1".toCharArray(),
                "өз құпиясөзім-1".toCharArray());
        PortalClient session = new PortalClient(url);
        assertThat(session.logIn(issued.username(), "өз құпиясөзім-1")).isTrue();
        assertThat(session.get("/app/audit.xhtml").statusCode()).as("the akim reads the audit log").isEqualTo(200);

        long id = callers.as("jambyl.admin", () -> users.users()).stream()
                .filter(u -> u.username().equals(issued.username())).findFirst().orElseThrow().id();
        callers.as("jambyl.admin", () -> users.assignRoles(id, Set.of(Role.EXPERT), null));

        assertThat(session.get("/app/audit.xhtml").statusCode()).as("an expert does not, from the next request").isEqualTo(404);
        callers.as("jambyl.admin", () -> users.deactivate(id));
        assertThat(session.get("/app/home.xhtml").statusCode()).as("deactivated: the session ends").isEqualTo(302);
    }

    @Test
    @DisplayName("¶62-¶66, issue 11: the audit viewer filters a region's entries by who, what and the period, as a link")
    void should_filter_the_audit_log_by_who_what_and_when() {
        IssuedPassword issued = callers.as("mangystau.admin", () -> users.create(new NewRegionUser("filtered-"
                + suffix(), "Сүзгі Тексерушісі", Set.of(Role.EXPERT), null, null, "")));
        LocalDate today = TenantContext.callAs(TenantAccess.readWrite("mangystau"), () -> regionTime.today());
        PortalClient admin = new PortalClient(url);
        admin.logIn("mangystau.admin", "demo");

        assertThat(admin.get("/app/audit.xhtml?actor=mangystau.admin&action=USER_CREATED&from=" + today + "&to="
                + today).body()).contains(issued.username());
        assertThat(admin.get("/app/audit.xhtml?actor=mangystau.admin&action=USER_CREATED&to=" + today.minusDays(1))
                .body()).as("before the period").doesNotContain(issued.username());
        assertThat(admin.get("/app/audit.xhtml?actor=mangystau.akim&action=USER_CREATED").body())
                .as("someone else's entries").doesNotContain(issued.username());
        HttpResponse<String> bad = admin.get("/app/audit.xhtml?from=2026-13-01");
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("2026-13-01");
    }

    @Test
    @DisplayName("¶57, issue 11: evaluator staff assigned to a body count as participants; only the direction's evaluator can be assigned")
    void should_treat_assigned_evaluator_staff_as_participants_of_the_bodys_evaluation() throws SQLException {
        String region = "atyrau";
        List<Object> appeal;
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, region);
            appeal = Sql.rows(c, "select a.id, e.body_id, d.direction from appeal a join direction_evaluation d on "
                    + "d.id = a.direction_evaluation_id join evaluation e on e.id = d.evaluation_id where a.tenant_id = ?"
                    + " and d.evaluator_role = 'AKIM_APPARATUS' order by a.id limit 1", region).get(0);
            c.commit();
        }
        long appealId = ((Number) appeal.get(0)).longValue();
        long body = ((Number) appeal.get(1)).longValue();
        int direction = ((Number) appeal.get(2)).intValue();
        String member = region + ".apparatus2";
        assertThat(conflicted(region, appealId, member)).as("before: took no part").isFalse();

        assertRefused(region + ".admin", () -> staff.assign(region + ".planning2", body, Set.of(direction)),
                "staff.role.mismatch");
        assertThatThrownBy(() -> callers.as(region + ".apparatus", () -> staff.assign(member, body, Set.of(direction))))
                .isInstanceOf(EJBAccessException.class);
        assertThat(callers.as(region + ".admin", () -> staff.assign(member, body, Set.of(direction)))).isEqualTo(1);
        try {
            assertThat(conflicted(region, appealId, member)).as("assigned to the body: a participant (¶57)").isTrue();
            assertThat(callers.as(region + ".admin", () -> staff.assign(member, body, Set.of(direction))))
                    .as("assigned once").isZero();
        } finally {
            long id = callers.as(region + ".admin", () -> staff.all()).stream()
                    .filter(r -> r.username().equals(member) && r.bodyId() == body).findFirst().orElseThrow().id();
            callers.as(region + ".admin", () -> staff.unassign(id));
        }
        assertThat(conflicted(region, appealId, member)).isFalse();
        assertThat(callers.as("abai.admin", () -> staff.all())).noneMatch(r -> r.bodyId() == body);
    }

    private boolean conflicted(String region, long appealId, String username) {
        return callers.as(region + ".apparatus", () -> appeals.candidates(appealId)).stream()
                .filter(c -> c.username().equals(username)).findFirst().orElseThrow().conflicted();
    }

    @Test
    @DisplayName("issue 11: the platform administrator manages the national accounts; no region's administrator reaches them")
    void should_let_the_platform_administrator_manage_national_accounts() {
        String name = "analyst-" + suffix();
        IssuedPassword issued = callers.as("admin", () -> national.create(name, "Талдаушы Маман", Set.of(Role.MINISTRY),
                null, "ru"));
        assertThat(new PortalClient(url).logIn(name, issued.password())).isTrue();

        assertRefused(() -> national.create("x-" + suffix(), "Біреу", Set.of(Role.AKIM), null, ""), "user.roles.national");
        assertRefused(() -> national.create("abai.someone", "Біреу", Set.of(Role.MINISTRY), null, ""),
                "user.username.invalid");
        assertRefused(() -> {
            national.deactivate("admin");
            return null;
        }, "user.self");
        callers.as("admin", () -> national.assignRoles(name, Set.of(Role.OWNER_JUSTICE)));
        assertThat(callers.as("admin", () -> national.all())).filteredOn(a -> a.username().equals(name)).singleElement()
                .satisfies(a -> assertThat(a.roles()).containsExactly(Role.OWNER_JUSTICE));
        callers.as("admin", () -> national.deactivate(name));
        assertThat(new PortalClient(url).logIn(name, issued.password())).as("deactivated").isFalse();

        assertThatThrownBy(() -> callers.as("abai.admin", () -> national.all())).isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> callers.as("admin", () -> {
            national.deactivate("abai.akim");
            return null;
        })).as("a region's user is not a national account").isInstanceOf(NotFoundException.class);
        PortalClient regionAdmin = new PortalClient(url);
        regionAdmin.logIn("abai.admin", "demo");
        assertThat(regionAdmin.get("/app/national-accounts.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("issue 11: an imported list with bad rows writes nothing and names each row and column; a good one creates every user")
    void should_import_users_all_or_nothing() throws SQLException {
        String tag = suffix();
        String body = bodyCode("aktobe");
        String bad = "username,display_name,roles,body_code,email,locale\n"
                + "planner-" + tag + ",Жоспар Маманы,PLANNING_BODY,,planner@example.kz,ru\n"
                + "ghost-" + tag + ",Белгісіз,EVALUATOR,,,\n"
                + "planner-" + tag + ",Қайталанған,EXPERT,,,\n"
                + "reporter-" + tag + ",Есеп Берушi,EVALUATED_BODY,NO-SUCH-BODY,not-an-address,fr\n";
        long before = usersOf("aktobe");

        UserImportResult refused = callers.as("aktobe.admin", () -> users.importUsers("users.csv",
                bad.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
                .contains("3:roles:user.roles.unknown", "4:username:user.username.taken", "5:body_code:user.body.unknown",
                        "5:email:user.email.invalid", "5:locale:user.locale.invalid");
        assertThat(usersOf("aktobe")).as("not even the good first row").isEqualTo(before);

        String good = "username,display_name,roles,body_code,email,locale\n"
                + "planner-" + tag + ",Жоспар Маманы,PLANNING_BODY,,planner@example.kz,ru\n"
                + "aktobe.reporter-" + tag + ",Есеп Беруші,EVALUATED_BODY," + body + ",,\n";
        UserImportResult accepted = callers.as("aktobe.admin", () -> users.importUsers("users.csv",
                good.getBytes(StandardCharsets.UTF_8)));

        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.created()).extracting(IssuedPassword::username)
                .containsExactly("aktobe.planner-" + tag, "aktobe.reporter-" + tag);
        assertThat(usersOf("aktobe")).isEqualTo(before + 2);
        RegionUserRow reporter = callers.as("aktobe.admin", () -> users.users()).stream()
                .filter(u -> u.username().equals("aktobe.reporter-" + tag)).findFirst().orElseThrow();
        assertThat(reporter.roles()).containsExactly(Role.EVALUATED_BODY);
        assertThat(reporter.bodyId()).isNotNull();
        assertThat(reporter.mustChangePassword()).isTrue();
        assertThat(reporter.locale()).as("the region's default language").isEqualTo("kk");
    }

    @Test
    @DisplayName("issue 11: a region's administrator reaches no user of another region and no region's settings (404 / refused)")
    void should_keep_a_region_administrator_inside_the_region() throws SQLException {
        long karagandaAkim;
        try (Connection c = Sql.asOwner()) {
            karagandaAkim = Sql.count(c, "select id from app_user where username = 'karaganda.akim'");
        }

        assertThat(callers.as("abai.admin", () -> users.users())).isNotEmpty()
                .allSatisfy(u -> assertThat(u.username()).startsWith("abai."));
        assertThatThrownBy(() -> callers.as("abai.admin", () -> users.assignRoles(karagandaAkim, Set.of(Role.EXPERT), null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> callers.as("abai.admin", () -> users.resetPassword(karagandaAkim)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> callers.as("abai.admin", () -> {
            users.deactivate(karagandaAkim);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertRefused("abai.admin", () -> users.create(new NewRegionUser("karaganda.intruder", "Бөтен", Set.of(Role.EXPERT),
                null, null, "")), "user.username.invalid");
        assertThatThrownBy(() -> callers.as("abai.admin", () -> tenants.suspend("karaganda", "no")))
                .isInstanceOf(EJBAccessException.class);

        PortalClient abai = new PortalClient(url);
        abai.logIn("abai.admin", "demo");
        assertThat(abai.get("/app/users.xhtml").body()).contains("abai.akim").doesNotContain("karaganda.");
        assertThat(abai.get("/app/tenant.xhtml").statusCode()).isEqualTo(404);
        try (Connection c = Sql.asOwner()) {
            assertThat(Sql.rows(c, "select enabled, roles from app_user where id = ?", karagandaAkim))
                    .containsExactly(List.of(true, "AKIM"));
        }
    }

    private NewTenant newTenant(String code, String adminName) {
        return new NewTenant(code, TenantType.OBLAST, names(), new TenantSettings("Asia/Aqtau", "ru", "Жаңа облыс",
                "office@zhana.gov.kz", "10, 5, 1", "#0A7E8C"), adminName, "admin@zhana.gov.kz");
    }

    private static RegionNames names() {
        return new RegionNames("Жаңа облысы", "Новая область", "New Region", "Жаңақала", "Новоград", "Newtown");
    }

    private void assertRefused(java.util.function.Supplier<?> work, String key) {
        assertRefused("admin", work, key);
    }

    private void assertRefused(String user, java.util.function.Supplier<?> work, String key) {
        assertThatThrownBy(() -> callers.as(user, work)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static long usersOf(String region) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            return Sql.count(c, "select count(*) from app_user where tenant_id = ?", region);
        }
    }

    private static String bodyCode(String region) throws SQLException {
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, region);
            String code = (String) Sql.rows(c, "select code from executive_body where tenant_id = ? order by id limit 1",
                    region).get(0).get(0);
            c.commit();
            return code;
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + suffix();
    }

    private static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999), 36);
    }
}
