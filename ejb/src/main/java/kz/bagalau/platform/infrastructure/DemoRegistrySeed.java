package kz.bagalau.platform.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import kz.bagalau.tenancy.infrastructure.TenantCatalog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The demo registry of every region: the sixteen departments of {@code tenants/demo/departments.csv} (the
 * planning and the budget body among them) and the region's district and city akimats of
 * {@code tenants/demo/districts.csv}, with invented heads; and the demo accounts, all with one password.
 */
final class DemoRegistrySeed {

    /** One demo body of one region. */
    record DemoBody(String tenant, String code, String type, String function, String nameKk, String nameRu,
                    String nameEn) {
    }

    private static final String[] FIRST_NAMES = {"Ержан", "Айгүл", "Нұрлан", "Гүлнара", "Серік", "Әсел", "Бауыржан",
        "Динара", "Дәурен", "Жанар", "Мұрат", "Салтанат", "Ғалым", "Мәдина", "Қайрат", "Ләззат", "Арман"};
    private static final Set<String> FEMALE_NAMES = Set.of("Айгүл", "Гүлнара", "Әсел", "Динара", "Жанар",
            "Салтанат", "Мәдина", "Ләззат");
    private static final String[] SURNAMES = {"Сәрсенбаев", "Тоқтаров", "Жақыпов", "Омаров", "Сейітов", "Қасымов",
        "Бекмұхамбетов", "Әбілов", "Нұрмағамбетов", "Ысқақов", "Құдайбергенов", "Есенов"};

    /** The demo staff of every region: username suffix and role. */
    private static final String[][] STAFF = {{"admin", "REGION_ADMIN"}, {"akim", "AKIM"}, {"apparatus", "AKIM_APPARATUS"},
        {"apparatus2", "AKIM_APPARATUS"}, {"planning", "PLANNING_BODY"}, {"planning2", "PLANNING_BODY"},
        {"budget", "BUDGET_BODY"}, {"budget2", "BUDGET_BODY"},
        {"commission", "COMMISSION_MEMBER"}, {"workingbody", "COMMISSION_WORKING_BODY"}, {"expert", "EXPERT"}};

    private DemoRegistrySeed() {
    }

    /**
     * A demo account's display name is a person's name, as a real account's is: a name is not translated, and
     * the role beside it is shown in the reader's language.
     */
    static String person(String username) {
        int seed = Math.abs(username.hashCode());
        String first = FIRST_NAMES[seed % FIRST_NAMES.length];
        String surname = SURNAMES[(seed / 17) % SURNAMES.length];
        return first + " " + surname + (FEMALE_NAMES.contains(first) ? "а" : "");
    }

    static List<DemoBody> bodiesOf(String tenant) {
        List<DemoBody> bodies = new ArrayList<>();
        for (CSVRecord r : read("/tenants/demo/departments.csv")) {
            bodies.add(new DemoBody(tenant, r.get("code"), "REGIONAL_DEPARTMENT", r.get("evaluator_function"),
                    r.get("name_kk"), r.get("name_ru"), r.get("name_en")));
        }
        for (CSVRecord r : read("/tenants/demo/districts.csv")) {
            if (r.get("tenant").equals(tenant)) {
                bodies.add(new DemoBody(tenant, r.get("code"), r.get("type"), "NONE",
                        r.get("name_kk"), r.get("name_ru"), r.get("name_en")));
            }
        }
        return bodies;
    }

    private static List<CSVRecord> read(String resource) {
        try (InputStream in = DemoRegistrySeed.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo data " + resource + " is missing");
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
                return parser.getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every region's bodies and accounts in the caller's transaction; returns the number of users. */
    static int write(Connection c, String passwordHash) throws SQLException {
        int users = 0;
        users += insertUser(c, null, "admin", person("admin"), "PLATFORM_ADMIN", null, passwordHash);
        users += insertUser(c, null, "ministry", person("ministry"), "MINISTRY", null, passwordHash);
        for (String[] owner : OWNERS) {
            users += insertUser(c, null, owner[0], person(owner[0]), owner[1], null, passwordHash);
        }
        for (TenantCatalog.Entry region : TenantCatalog.load()) {
            String t = region.code();
            try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                ps.setString(1, t);
                ps.execute();
            }
            List<DemoBody> bodies = bodiesOf(t);
            List<Long> ids = new ArrayList<>();
            int i = 0;
            for (DemoBody b : bodies) {
                ids.add(insertBody(c, b, i++));
            }
            for (String[] staff : STAFF) {
                users += insertUser(c, t, t + "." + staff[0], person(t + "." + staff[0]), staff[1], null,
                        passwordHash);
            }
            for (String[] unit : UNITS) {
                insertUnit(c, t, unit);
            }
            insertCommission(c, t);
            for (int k = 0; k < bodies.size(); k++) {
                String username = t + ".body" + (k + 1);
                users += insertUser(c, t, username, person(username), "EVALUATED_BODY", ids.get(k), passwordHash);
            }
        }
        return users;
    }

    /**
     * Adds the staff accounts a demo database made by an older version lacks (the region administrators came
     * with issue 11), so an upgraded demo offers every account the README names; returns how many were added.
     */
    static int topUp(Connection c, String passwordHash) throws SQLException {
        int users = 0;
        for (TenantCatalog.Entry region : TenantCatalog.load()) {
            String t = region.code();
            try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                ps.setString(1, t);
                ps.execute();
            }
            for (String[] staff : STAFF) {
                users += insertUser(c, t, t + "." + staff[0], person(t + "." + staff[0]), staff[1], null,
                        passwordHash);
            }
            insertCommission(c, t);
        }
        return users;
    }

    /**
     * ¶13: the akim's decision forming the region's commission, seating the demo's commission member as its chair
     * and the demo's working body; dated well before the demo's years so it is in force in all of them.
     */
    private static void insertCommission(Connection c, String tenant) throws SQLException {
        String sql = "insert into commission_decision (tenant_id, number, decided_on, seats, recorded_by, recorded_at)"
                + " select ?, '12-р', date '2024-01-15', ?, ?, now()"
                + " where not exists (select 1 from commission_decision where tenant_id = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setString(2, tenant + ".commission:CHAIR," + tenant + ".workingbody:WORKING_BODY");
            ps.setString(3, tenant + ".admin");
            ps.setString(4, tenant);
            ps.executeUpdate();
        }
    }

    /**
     * ¶16: the methodology owners' accounts (national, no region), and a second ministry official who approves
     * direction 1 as its owner (¶23) so that another one agrees it.
     */
    private static final String[][] OWNERS = {
        {"ministry-strategy", "MINISTRY"},
        {"owner-pmoffice", "OWNER_PM_OFFICE"},
        {"owner-budget", "OWNER_BUDGET"},
        {"owner-civilservice", "OWNER_CIVIL_SERVICE"},
        {"owner-informatisation", "OWNER_INFORMATISATION"},
        {"owner-justice", "OWNER_JUSTICE"},
    };

    /** ¶64: the evaluators' responsible units per direction: role, direction, names in kk, ru, en. */
    private static final String[][] UNITS = {
        {"PLANNING_BODY", "1", "Стратегиялық жоспарлау бөлімі", "Отдел стратегического планирования",
            "Strategic Planning Division"},
        {"AKIM_APPARATUS", "2", "Бақылау бөлімі", "Контрольный отдел", "Control Division"},
        {"BUDGET_BODY", "3", "Бюджеттің атқарылуын бақылау бөлімі", "Отдел контроля исполнения бюджета",
            "Budget Execution Control Division"},
        {"AKIM_APPARATUS", "4", "Мемлекеттік қызметтер сапасын бақылау бөлімі",
            "Отдел контроля качества государственных услуг", "Public Services Quality Division"},
        {"AKIM_APPARATUS", "5", "Мемлекеттік қызмет және кадр жұмысы бөлімі",
            "Отдел государственной службы и кадровой работы", "Civil Service and Personnel Division"},
        {"AKIM_APPARATUS", "6", "Цифрландыру бөлімі", "Отдел цифровизации", "Digitalisation Division"},
        {"AKIM_APPARATUS", "7", "Құқықтық қамтамасыз ету бөлімі", "Отдел правового обеспечения", "Legal Division"}};

    private static void insertUnit(Connection c, String tenant, String[] unit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into evaluator_unit (tenant_id, evaluator_role, "
                + "direction, name_kk, name_ru, name_en, head_name) values (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenant);
            ps.setString(2, unit[0]);
            ps.setInt(3, Integer.parseInt(unit[1]));
            ps.setString(4, unit[2]);
            ps.setString(5, unit[3]);
            ps.setString(6, unit[4]);
            ps.setString(7, person(tenant + ".unit" + unit[1]));
            ps.executeUpdate();
        }
    }

    private static long insertBody(Connection c, DemoBody b, int index) throws SQLException {
        String sql = "insert into executive_body (tenant_id, code, name_kk, name_ru, name_en, type, evaluator_function,"
                + " head_name, email) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int seed = Math.abs((b.tenant() + b.code()).hashCode()) + index;
            ps.setString(1, b.tenant());
            ps.setString(2, b.code());
            ps.setString(3, b.nameKk());
            ps.setString(4, b.nameRu());
            ps.setString(5, b.nameEn());
            ps.setString(6, b.type());
            ps.setString(7, b.function());
            String first = FIRST_NAMES[seed % FIRST_NAMES.length];
            String surname = SURNAMES[(seed / 7) % SURNAMES.length];
            boolean female = FEMALE_NAMES.contains(first);
            ps.setString(8, first + " " + surname + (female ? "а" : ""));
            ps.setString(9, b.code().toLowerCase(Locale.ROOT) + "@" + b.tenant() + ".demo.bagalau.kz");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The demo account of the evaluator unit a direction is routed to (¶10). */
    /**
     * ¶57: the evaluator's own staff member who took no part in the evaluation, for its special commissions: the
     * apparatus' control unit, the planning body's and the budget body's second accounts.
     */
    static String controlUnitUser(String tenant, kz.bagalau.identity.domain.Role role) {
        return evaluatorUser(tenant, role) + "2";
    }

    static String evaluatorUser(String tenant, kz.bagalau.identity.domain.Role role) {
        return tenant + "." + switch (role) {
            case PLANNING_BODY -> "planning";
            case BUDGET_BODY -> "budget";
            default -> "apparatus";
        };
    }

    private static int insertUser(Connection c, String tenant, String username, String displayName, String roles,
                                  Long bodyId, String passwordHash) throws SQLException {
        String sql = "insert into app_user (tenant_id, username, password_hash, display_name, roles, body_id, email)"
                + " values (?, ?, ?, ?, ?, ?, ?) on conflict (username) do nothing";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant);
            ps.setString(2, username);
            ps.setString(3, passwordHash);
            ps.setString(4, displayName);
            ps.setString(5, roles);
            ps.setObject(6, bodyId);
            ps.setString(7, username + "@bagalau.example");
            return ps.executeUpdate();
        }
    }
}
