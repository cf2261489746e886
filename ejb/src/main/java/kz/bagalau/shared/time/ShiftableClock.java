package kz.bagalau.shared.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The portal's clock: real UTC time plus an offset. In production the offset stays zero. The demo and the
 * tests shift it to play a yearly cycle (a schedule frozen after 1 December, an appeal window across Nauryz)
 * without waiting for the calendar; the clock keeps running from the shifted point.
 */
public final class ShiftableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;
    private final AtomicReference<Duration> home;
    private final AtomicReference<Instant> movedTo;

    public ShiftableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO), new AtomicReference<>(Duration.ZERO),
                new AtomicReference<>());
    }

    private ShiftableClock(Clock base, AtomicReference<Duration> offset, AtomicReference<Duration> home,
                           AtomicReference<Instant> movedTo) {
        this.base = base;
        this.offset = offset;
        this.home = home;
        this.movedTo = movedTo;
    }

    /** Starts the deployment's time at {@code target} (the demo's date); {@link #reset()} returns to it. */
    public void startAt(Instant target) {
        home.set(Duration.between(base.instant(), target));
        offset.set(home.get());
        movedTo.set(target);
    }

    /** Moves "now" to {@code target}; time keeps running from there. */
    public void shiftTo(Instant target) {
        offset.set(Duration.between(base.instant(), target));
        movedTo.set(target);
    }

    /** Back to the deployment's own time: real time, or the configured start and the time run since. */
    public void reset() {
        offset.set(home.get());
        movedTo.set(instant());
    }

    /** The instant the clock was last moved to (empty if never): what a move jumped over lies before it. */
    public java.util.Optional<Instant> lastMovedTo() {
        return java.util.Optional.ofNullable(movedTo.get());
    }

    /** How far the clock stands from real time; a change means someone moved it. */
    public Duration offset() {
        return offset.get();
    }

    public boolean isShifted() {
        return !offset.get().isZero();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ShiftableClock(base.withZone(zone), offset, home, movedTo);
    }

    @Override
    public String toString() {
        return "ShiftableClock[" + instant().atZone(ZoneOffset.UTC) + "]";
    }
}
