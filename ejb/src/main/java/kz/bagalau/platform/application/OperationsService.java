package kz.bagalau.platform.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import kz.bagalau.identity.domain.Role;

/**
 * The platform administrator's view of the running portal (issue 11): which build runs and since when, the
 * database and its migrations, each node's scheduler, and the business gauges (outbox, mail, logins, late steps)
 * that the operations page shows and {@code /api/v1/ops/metrics} exports for Prometheus.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class OperationsService {

    @Inject
    private OperationalReadings readings;

    /** The portal at a glance. Times are real time, never the demo's movable clock. */
    public Overview overview() {
        Instant now = Clock.systemUTC().instant();
        Duration uptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        List<OperationalReadings.SchedulerNode> nodes = readings.schedulerNodes();
        return new Overview(version(), now.minus(uptime), uptime, readings.databaseVersion(), readings.migrations(),
                readings.pendingMigrations(), nodes.stream().map(n -> new Node(n.instance(), n.lastCheckIn(),
                        Duration.between(n.lastCheckIn(), now).toMillis() <= 2 * n.intervalMillis() + 5_000)).toList(),
                readings.gauges());
    }

    public List<OperationalReadings.Gauge> gauges() {
        return readings.gauges();
    }

    /** The build's version, as Maven wrote it into the jar. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = OperationsService.class.getResourceAsStream("/bagalau-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown") + " (" + p.getProperty("built", "?") + ")";
    }

    /** The overview the operations page shows. */
    public record Overview(String version, Instant startedAt, Duration uptime, String database,
                           List<OperationalReadings.Migration> migrations, int pendingMigrations, List<Node> schedulers,
                           List<OperationalReadings.Gauge> gauges) {
    }

    /** One node's scheduler and whether it checked in lately. */
    public record Node(String instance, Instant lastCheckIn, boolean alive) {
    }
}
