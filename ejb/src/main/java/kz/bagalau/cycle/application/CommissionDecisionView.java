package kz.bagalau.cycle.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import kz.bagalau.cycle.domain.CommissionDecision;

/** One akim's decision on the commission as pages list it (¶13), with whether it is the one in force. */
public record CommissionDecisionView(long id, String number, LocalDate decidedOn, Map<String, CommissionDecision.Seat> seats,
                                     String fileName, String recordedBy, Instant recordedAt, boolean inForce) {

    public CommissionDecisionView {
        seats = Map.copyOf(seats);
    }

    static CommissionDecisionView of(CommissionDecision d, boolean inForce) {
        return new CommissionDecisionView(d.id(), d.number(), d.decidedOn(), new java.util.LinkedHashMap<>(d.seats()),
                d.fileName(), d.recordedBy(), d.recordedAt(), inForce);
    }
}
