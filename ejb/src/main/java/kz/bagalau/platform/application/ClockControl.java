package kz.bagalau.platform.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.time.ShiftableClock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves the portal's one clock, for the demo and the browser tests that play a yearly cycle in minutes. Only
 * where {@code bagalau.clock.adjustable} is true (never in production, where it answers "not found"), only for
 * the platform administrator, and every move is in the audit log.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class ClockControl {

    @Inject
    private ShiftableClock clock;

    @Inject
    @ConfigProperty(name = "bagalau.clock.adjustable", defaultValue = "false")
    private boolean adjustable;

    @Inject
    private AuditLog audit;

    public Instant now() {
        requireAdjustable();
        return clock.instant();
    }

    public Instant shiftTo(Instant target) {
        requireAdjustable();
        Instant before = clock.instant();
        clock.shiftTo(target);
        audit.record("CLOCK_SHIFTED", "clock", "portal", Map.of("now", before.toString()),
                Map.of("now", target.toString()));
        return clock.instant();
    }

    public Instant reset() {
        requireAdjustable();
        Instant before = clock.instant();
        clock.reset();
        audit.record("CLOCK_RESET", "clock", "portal", Map.of("now", before.toString()),
                Map.of("now", clock.instant().toString()));
        return clock.instant();
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new NotFoundException("Clock control", "disabled");
        }
    }
}
