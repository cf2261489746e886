package kz.bagalau.shared.event;

import java.time.Instant;
import java.util.List;

/** ¶57: the evaluator formed the special commission of an appeal. */
public record SpecialCommissionFormed(String tenant, int year, long appealId, List<String> members, String by,
                                      Instant at) implements YearEvent {

    public SpecialCommissionFormed {
        members = List.copyOf(members);
    }
}
