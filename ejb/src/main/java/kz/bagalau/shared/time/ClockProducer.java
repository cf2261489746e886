package kz.bagalau.shared.time;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Produces the one {@link Clock} of the deployment. {@code bagalau.clock.start} (an ISO instant) starts it at a
 * chosen moment, which the demo uses to show a cycle in progress; otherwise it is the real time.
 */
@ApplicationScoped
public class ClockProducer {

    private final ShiftableClock clock = new ShiftableClock(Clock.systemUTC());

    @Inject
    @ConfigProperty(name = "bagalau.clock.start")
    private Optional<String> start;

    @PostConstruct
    void init() {
        start.filter(s -> !s.isBlank()).map(Instant::parse).ifPresent(clock::startAt);
    }

    @Produces
    @Typed(Clock.class)
    public Clock clock() {
        return clock;
    }

    /** For the demo's and the tests' time travel only; everything else injects {@link Clock}. */
    @Produces
    @Typed(ShiftableClock.class)
    public ShiftableClock shiftableClock() {
        return clock;
    }
}
