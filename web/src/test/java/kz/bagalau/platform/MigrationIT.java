package kz.bagalau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import kz.bagalau.testsupport.Sql;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The migrations applied to a database that already holds data, as an existing installation upgrades: a
 * scratch database (ops/portal test recreates it) is taken to V8, given a region's year in progress, then
 * migrated to the newest version. A fresh test database cannot show this: its tables are empty when each
 * migration runs, and row-level security (forced even for the owner) hides rows from a migration that does
 * not lift it.
 */
class MigrationIT {

    static final String DATABASE = "bagalau_migration_test";

    @Test
    @DisplayName("V9 on a year in progress: stages past FINAL (¶49-¶54) become FINAL, re-checks resume to FINAL")
    void should_fold_the_cycles_stages_into_final_when_upgrading_a_database_with_data() throws SQLException {
        flyway().target("8").load().migrate();
        try (Connection c = owner()) {
            c.setAutoCommit(false);
            Sql.update(c, "insert into tenant (code, type, name_kk, name_ru, name_en, centre_kk, centre_ru, centre_en,"
                    + " time_zone) values ('abai', 'OBLAST', 'Абай', 'Абай', 'Abai', 'Семей', 'Семей', 'Semey',"
                    + " 'Asia/Almaty')");
            Sql.tenant(c, "abai");
            Sql.update(c, "insert into executive_body (id, tenant_id, code, name_kk, name_ru, name_en, type)"
                    + " values (1, 'abai', 'B1', 'Орган', 'Орган', 'Body', 'REGIONAL_DEPARTMENT')");
            Sql.update(c, "insert into methodology (id, direction, year, version, weight, created_by, created_at)"
                    + " values (1, 2, 2025, 1, 10, 'ministry', now())");
            Sql.update(c, "insert into evaluation (id, tenant_id, year, body_id, created_at)"
                    + " values (1, 'abai', 2025, 1, now())");
            for (Object[] d : new Object[][] {{1, 2, "PUBLISHED"}, {2, 4, "INCLUDED"}, {3, 5, "APPEALED"}}) {
                Sql.update(c, "insert into direction_evaluation (id, tenant_id, evaluation_id, direction, methodology_id,"
                        + " evaluator_role, state) values (?, 'abai', 1, ?, 1, 'AKIM_APPARATUS', ?)", d);
            }
            Sql.update(c, "insert into recheck (tenant_id, direction_evaluation_id, reason, resume_state, started_by,"
                    + " started_at) values ('abai', 2, 'Бақылау актісі', 'INCLUDED', 'abai.workingbody', now())");
            c.commit();
        }

        flyway().load().migrate();

        try (Connection c = owner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, "abai");
            List<List<Object>> states = Sql.rows(c, "select id, state from direction_evaluation order by id");
            assertThat(states).containsExactly(List.of(1L, "FINAL"), List.of(2L, "FINAL"), List.of(3L, "APPEALED"));
            assertThat(Sql.rows(c, "select resume_state from recheck")).containsExactly(List.of("FINAL"));
            assertThat(Sql.rows(c, "select relforcerowsecurity from pg_class where relname = 'direction_evaluation'"))
                    .containsExactly(List.of(true));
            c.rollback();
        }
    }

    private static FlywayConfigurer flyway() {
        return new FlywayConfigurer();
    }

    /** Flyway on the scratch database as the portal configures it (see DatabaseMigrator). */
    private static final class FlywayConfigurer {
        private String target = "latest";

        FlywayConfigurer target(String version) {
            target = version;
            return this;
        }

        Flyway load() {
            return Flyway.configure(MigrationIT.class.getClassLoader())
                    .dataSource(url(), System.getenv("BAGALAU_DB_OWNER_USER"), System.getenv("BAGALAU_DB_OWNER_PASSWORD"))
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", System.getenv("BAGALAU_DB_USER"),
                            "owner_role", System.getenv("BAGALAU_DB_OWNER_USER")))
                    .target(target)
                    .load();
        }
    }

    private static Connection owner() throws SQLException {
        return DriverManager.getConnection(url(), System.getenv("BAGALAU_DB_OWNER_USER"),
                System.getenv("BAGALAU_DB_OWNER_PASSWORD"));
    }

    private static String url() {
        String test = System.getenv("BAGALAU_DB_URL");
        return test.substring(0, test.lastIndexOf('/') + 1) + DATABASE;
    }
}
