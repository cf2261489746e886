package kz.bagalau.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.bagalau.shared.infrastructure.DataSources;
import kz.bagalau.tenancy.infrastructure.TenantCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;

/**
 * Brings the schema up to date before anything else touches it, then adds the catalogue's regions the deployment
 * does not have yet and seeds the statutory holidays of last, this and next year into every region's calendar.
 *
 * <p>Two data sources are defined here. {@code java:app/jdbc/bagalau} is the application role: it owns no
 * table and has no BYPASSRLS, so row-level security applies to everything the portal does.
 * {@code java:app/jdbc/bagalau-owner} is the owner role, non-transactional, used only by Flyway and the
 * catalogue seed. Both read their coordinates from MicroProfile Config ({@code BAGALAU_DB_URL} and friends).
 */
@DataSourceDefinitions({
        @DataSourceDefinition(
                name = DataSources.APP,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=bagalau.db.url}",
                user = "${MPCONFIG=bagalau.db.user}",
                password = "${MPCONFIG=bagalau.db.password}",
                minPoolSize = 2,
                maxPoolSize = 32,
                properties = {"fish.payara.is-connection-validation-required=true",
                        "fish.payara.connection-validation-method=auto-commit",
                        "fish.payara.fail-all-connections=true"}),
        @DataSourceDefinition(
                name = DataSources.OWNER,
                className = "org.postgresql.ds.PGSimpleDataSource",
                url = "${MPCONFIG=bagalau.db.url}",
                user = "${MPCONFIG=bagalau.db.owner-user}",
                password = "${MPCONFIG=bagalau.db.owner-password}",
                transactional = false,
                minPoolSize = 0,
                maxPoolSize = 2)
})
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = DataSources.OWNER)
    private DataSource ownerDataSource;

    @Inject
    private java.time.Clock clock;

    @Inject
    @ConfigProperty(name = "bagalau.db.user")
    private String appRole;

    @Inject
    @ConfigProperty(name = "bagalau.db.owner-user")
    private String ownerRole;

    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        long started = System.nanoTime();
        Flyway flyway = flyway();
        int applied = flyway.migrate().migrationsExecuted;
        try (Connection c = ownerDataSource.getConnection()) {
            int regions = TenantCatalog.seedMissing(c);
            int thisYear = java.time.Year.now(clock).getValue();
            int days = CalendarSeeder.seed(c, thisYear - 1, thisYear + 1);
            LOG.info(() -> String.format("Schema migrated (%d new migrations), %d regions added from the catalogue, "
                    + "%d calendar days added, %d ms", applied, regions, days, (System.nanoTime() - started) / 1_000_000));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the region catalogue", e);
        }
        migrated = true;
    }

    /** True once every migration has been applied and the catalogue loaded. */
    public boolean isMigrated() {
        return migrated;
    }

    /** Migrations that are known to the build but not applied to the database (empty when up to date). */
    /** The migrations applied to the database, for the operations page. */
    public MigrationInfo[] applied() {
        return flyway().info().applied();
    }

    public int pendingMigrations() {
        MigrationInfo[] pending = flyway().info().pending();
        return pending.length;
    }

    private Flyway flyway() {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(ownerDataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", quoteIdent(appRole), "owner_role", quoteIdent(ownerRole)))
                .load();
    }

    private static String quoteIdent(String role) {
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalStateException("Database role names must be simple lowercase identifiers: " + role);
        }
        return role;
    }
}
