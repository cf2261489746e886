package kz.bagalau.deadlines.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import kz.bagalau.shared.time.ShiftableClock;

/**
 * Tells a moved clock from time passing. The demo and the tests move the portal's clock; firings a move jumps
 * over are skipped, not sent all at once, while firings that fell due while the portal was down (real time
 * passed, the clock was not moved) are done once, late. The first look after start counts a shifted clock (the
 * demo's start date) as a move.
 */
@ApplicationScoped
public class ClockWatch {

    /**
     * One look at the clock: the portal's time now, and, when the clock was moved since the last look, the
     * instant it was moved to (firings due before it were jumped over).
     */
    public record Look(Instant now, Optional<Instant> movedTo) {
    }

    @Inject
    private ShiftableClock clock;

    private final AtomicReference<Duration> seen = new AtomicReference<>();

    /** Looks once; the first look after start counts a shifted clock (the demo's start date) as a move. */
    public Look look() {
        Duration offset = clock.offset();
        Instant now = clock.instant();
        Duration before = seen.getAndSet(offset);
        boolean moved = before == null ? clock.isShifted() : !before.equals(offset);
        return new Look(now, moved ? Optional.of(clock.lastMovedTo().orElse(now)) : Optional.empty());
    }
}
