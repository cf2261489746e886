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

    public ShiftableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO), new AtomicReference<>(Duration.ZERO));
    }

    private ShiftableClock(Clock base, AtomicReference<Duration> offset, AtomicReference<Duration> home) {
        this.base = base;
        this.offset = offset;
        this.home = home;
    }

    /** Starts the deployment's time at {@code target} (the demo's date); {@link #reset()} returns to it. */
    public void startAt(Instant target) {
        home.set(Duration.between(base.instant(), target));
        offset.set(home.get());
    }

    /** Moves "now" to {@code target}; time keeps running from there. */
    public void shiftTo(Instant target) {
        offset.set(Duration.between(base.instant(), target));
    }

    /** Back to the deployment's own time: real time, or the configured start and the time run since. */
    public void reset() {
        offset.set(home.get());
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
        return new ShiftableClock(base.withZone(zone), offset, home);
    }

    @Override
    public String toString() {
        return "ShiftableClock[" + instant().atZone(ZoneOffset.UTC) + "]";
    }
}
