package kz.bagalau.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ShiftableClockTest {

    @Test
    void should_move_now_to_the_target_and_back_to_real_time() {
        Clock fixed = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
        ShiftableClock clock = new ShiftableClock(fixed);

        clock.shiftTo(Instant.parse("2025-11-30T18:59:00Z"));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2025-11-30T18:59:00Z"));
        assertThat(clock.isShifted()).isTrue();

        clock.reset();
        assertThat(clock.instant()).isEqualTo(fixed.instant());
    }

    @Test
    void should_keep_the_shift_in_a_copy_for_another_zone() {
        ShiftableClock clock = new ShiftableClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        clock.shiftTo(Instant.parse("2026-06-01T00:00:00Z"));

        Clock inAlmaty = clock.withZone(java.time.ZoneId.of("Asia/Almaty"));

        assertThat(inAlmaty.instant()).isEqualTo(Instant.parse("2026-06-01T00:00:00Z"));
    }
}
