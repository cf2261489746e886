package kz.bagalau.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.bagalau.cycle.domain.CommissionDecision.Seat;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommissionDecisionTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 6, 10);
    private static final Instant NOW = Instant.parse("2027-06-10T05:00:00Z");

    @Test
    @DisplayName("¶13: a decision seats the commission and names its working body; each acts only in its own seat")
    void should_seat_the_commission_and_its_working_body() {
        Map<String, Seat> seats = new LinkedHashMap<>();
        seats.put("abai.commission", Seat.CHAIR);
        seats.put("abai.secretary", Seat.SECRETARY);
        seats.put("abai.workingbody", Seat.WORKING_BODY);

        CommissionDecision d = CommissionDecision.record(" 12-р ", TODAY, seats, null, null, "abai.admin", TODAY, NOW);

        assertThat(d.number()).isEqualTo("12-р");
        assertThat(d.seats()).containsExactlyEntriesOf(seats);
        assertThat(d.seats("abai.commission", false)).isTrue();
        assertThat(d.seats("abai.secretary", false)).isTrue();
        assertThat(d.seats("abai.commission", true)).as("not the working body").isFalse();
        assertThat(d.seats("abai.workingbody", true)).isTrue();
        assertThat(d.seats("abai.akim", false)).isFalse();
    }

    @Test
    @DisplayName("¶13: a decision needs a number, a date not in the future, a member and a working body")
    void should_refuse_an_incomplete_decision() {
        Map<String, Seat> full = Map.of("a.c", Seat.MEMBER, "a.w", Seat.WORKING_BODY);

        assertThat(key(() -> CommissionDecision.record(" ", TODAY, full, null, null, "a.admin", TODAY, NOW)))
                .isEqualTo("commission.number.required");
        assertThat(key(() -> CommissionDecision.record("1", TODAY.plusDays(1), full, null, null, "a.admin", TODAY, NOW)))
                .isEqualTo("commission.date.invalid");
        assertThat(key(() -> CommissionDecision.record("1", TODAY, Map.of("a.s", Seat.SECRETARY, "a.w",
                Seat.WORKING_BODY), null, null, "a.admin", TODAY, NOW))).isEqualTo("commission.members.required");
        assertThat(key(() -> CommissionDecision.record("1", TODAY, Map.of("a.c", Seat.CHAIR), null, null, "a.admin",
                TODAY, NOW))).isEqualTo("commission.workingBody.required");
    }

    private static String key(Runnable work) {
        try {
            work.run();
            return "";
        } catch (RuleViolation e) {
            return e.messageKey();
        }
    }

    @Test
    void should_refuse_a_decision_without_a_number_or_a_date() {
        assertThatThrownBy(() -> CommissionDecision.record(null, null, Map.of(), null, null, "x", TODAY, NOW))
                .isInstanceOf(RuleViolation.class);
    }
}
