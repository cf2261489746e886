package kz.bagalau.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.platform.application.OperationalReadings;
import kz.bagalau.platform.application.OperationsService;

/**
 * The operations page of the platform administrator (issue 11): build and uptime, database and migrations, each
 * node's scheduler, the outbox and the other gauges by region, and the links to health and metrics.
 */
@Named
@RequestScoped
public class OpsBacking {

    @Inject
    private OperationsService operations;

    @Inject
    private CurrentUser currentUser;

    private OperationsService.Overview overview;

    public void load() {
        currentUser.requireAnyOf("ops", Role.Names.PLATFORM_ADMIN);
        overview = operations.overview();
    }

    public OperationsService.Overview getOverview() {
        return overview;
    }

    public String getUptime() {
        Duration d = overview.uptime();
        return String.format("%dd %02d:%02d:%02d", d.toDays(), d.toHoursPart(), d.toMinutesPart(), d.toSecondsPart());
    }

    /** The gauges as a table: one row per region, one column per metric. */
    public List<Map.Entry<String, Map<String, Long>>> getGaugeRows() {
        Map<String, Map<String, Long>> byRegion = new TreeMap<>();
        for (OperationalReadings.Gauge g : overview.gauges()) {
            byRegion.computeIfAbsent(g.region() == null ? "—" : g.region(), r -> new TreeMap<>())
                    .put(g.metric(), g.value());
        }
        return List.copyOf(byRegion.entrySet());
    }

    public List<String> getMetrics() {
        return List.of("outbox_pending", "mails_sent", "mails_failed", "logins", "logins_failed", "late_steps");
    }

    public long total(String metric) {
        return overview.gauges().stream().filter(g -> g.metric().equals(metric))
                .collect(Collectors.summingLong(OperationalReadings.Gauge::value));
    }
}
