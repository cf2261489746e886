package kz.bagalau.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.domain.TenantRepository;

/**
 * The current region's time: its IANA zone and today's date there, from the portal's one clock. Deadlines
 * are days in the region's zone; "today" is never the server's date. A region's zone is read at most once a
 * minute per node: pages ask for it for every date they show, and a zone changes only when a region is
 * reconfigured, which may take a minute to reach every node.
 */
@ApplicationScoped
public class RegionTime {

    private static final long ZONE_TTL_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final Map<String, KnownZone> zones = new ConcurrentHashMap<>();

    @Inject
    private TenantRepository tenants;

    @Inject
    private Clock clock;

    public ZoneId zone() {
        String code = TenantContext.require().tenantCode();
        long now = System.nanoTime();
        KnownZone known = zones.get(code);
        if (known == null || now - known.readAt() > ZONE_TTL_NANOS) {
            known = new KnownZone(tenants.getByCode(code).zone(), now);
            zones.put(code, known);
        }
        return known.zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public Clock clock() {
        return clock;
    }

    private record KnownZone(ZoneId zone, long readAt) {
    }
}
