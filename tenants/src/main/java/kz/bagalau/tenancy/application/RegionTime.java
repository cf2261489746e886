package kz.bagalau.tenancy.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.domain.TenantRepository;

/**
 * The current region's time: its IANA zone and today's date there, from the portal's one clock. Deadlines
 * are days in the region's zone; "today" is never the server's date.
 */
@ApplicationScoped
public class RegionTime {

    @Inject
    private TenantRepository tenants;

    @Inject
    private Clock clock;

    public ZoneId zone() {
        return tenants.getByCode(TenantContext.require().tenantCode()).zone();
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    public Clock clock() {
        return clock;
    }
}
