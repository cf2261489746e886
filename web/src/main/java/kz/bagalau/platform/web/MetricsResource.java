package kz.bagalau.platform.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.platform.application.OperationalReadings;
import kz.bagalau.platform.application.OperationsService;

/**
 * {@code GET /api/v1/ops/metrics}: the business gauges in Prometheus' text format, one series per region —
 * the outbox waiting, mails sent and failed, logins and failed logins, late steps — plus whether every migration
 * is applied. For the platform administrator (a Prometheus scrape uses a personal API token); Payara's own
 * anonymous {@code /metrics} stays off.
 */
@Path("v1/ops/metrics")
@RequestScoped
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class MetricsResource {

    /** Each metric with its type and help text, in the order they are exported. */
    private static final Map<String, String[]> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("outbox_pending", new String[] {"gauge", "Mails waiting in the outbox"});
        METRICS.put("mails_sent", new String[] {"counter", "Mails the SMTP server accepted"});
        METRICS.put("mails_failed", new String[] {"counter", "Mails given up after their retries"});
        METRICS.put("logins", new String[] {"counter", "Successful logins through the form"});
        METRICS.put("logins_failed", new String[] {"counter", "Failed or refused logins"});
        METRICS.put("late_steps", new String[] {"counter", "Deadlines missed, as the scheduler recorded them"});
    }

    @Inject
    private OperationsService operations;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    public String metrics() {
        Map<String, List<OperationalReadings.Gauge>> byMetric = operations.gauges().stream()
                .collect(Collectors.groupingBy(OperationalReadings.Gauge::metric));
        StringBuilder out = new StringBuilder();
        METRICS.forEach((metric, kind) -> {
            String name = "bagalau_" + metric + ("counter".equals(kind[0]) ? "_total" : "");
            out.append("# HELP ").append(name).append(' ').append(kind[1]).append('\n')
                    .append("# TYPE ").append(name).append(' ').append(kind[0]).append('\n');
            for (OperationalReadings.Gauge g : byMetric.getOrDefault(metric, List.of())) {
                out.append(name).append("{region=\"").append(g.region() == null ? "national" : g.region())
                        .append("\"} ").append(g.value()).append('\n');
            }
        });
        return out.toString();
    }
}
