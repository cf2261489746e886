package kz.bagalau.platform.web;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import kz.bagalau.platform.infrastructure.DatabaseMigrator;
import kz.bagalau.shared.infrastructure.DataSources;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** {@code GET /health/ready}: UP only when the database answers and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Inject
    private DatabaseMigrator migrator;

    @Resource(lookup = DataSources.APP)
    private DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection c = dataSource.getConnection()) {
            reachable = c.isValid(2);
        } catch (SQLException e) {
            reachable = false;
        }
        int pending = reachable && migrator.isMigrated() ? migrator.pendingMigrations() : -1;
        return HealthCheckResponse.named("database")
                .status(reachable && migrator.isMigrated() && pending == 0)
                .withData("reachable", reachable)
                .withData("migrated", migrator.isMigrated())
                .withData("pendingMigrations", pending)
                .build();
    }
}
