package kz.bagalau.platform.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.sql.DataSource;
import kz.bagalau.platform.application.OperationalReadings;
import kz.bagalau.shared.infrastructure.DataSources;

/**
 * Reads the running portal's state: the migrations from Flyway, everything else with the application role — the
 * Quartz cluster's shared table and the gauges through {@code ops_gauges()} (V25), which returns counts only.
 */
@ApplicationScoped
public class SqlOperationalReadings implements OperationalReadings {

    @Resource(lookup = DataSources.APP)
    private DataSource dataSource;

    @Inject
    private DatabaseMigrator migrator;

    @Override
    public String databaseVersion() {
        return query("select version()", rs -> rs.getString(1)).stream().findFirst().orElse("?");
    }

    @Override
    public List<Migration> migrations() {
        return Arrays.stream(migrator.applied())
                .map(m -> new Migration(m.getVersion() == null ? "" : m.getVersion().getVersion(), m.getDescription(),
                        m.getInstalledOn() == null ? null : m.getInstalledOn().toInstant(), m.getState().isApplied()
                        && !m.getState().isFailed()))
                .sorted(Comparator.comparing(Migration::installedOn, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
    }

    @Override
    public int pendingMigrations() {
        return migrator.pendingMigrations();
    }

    @Override
    public List<SchedulerNode> schedulerNodes() {
        return query("select instance_name, last_checkin_time, checkin_interval from qrtz_scheduler_state "
                + "order by instance_name", rs -> new SchedulerNode(rs.getString(1),
                Instant.ofEpochMilli(rs.getLong(2)), rs.getLong(3)));
    }

    @Override
    public List<Gauge> gauges() {
        return query("select metric, tenant_id, value from ops_gauges() order by metric, tenant_id nulls first",
                rs -> new Gauge(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    private interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.read(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the portal's state failed: " + sql, e);
        }
    }
}
