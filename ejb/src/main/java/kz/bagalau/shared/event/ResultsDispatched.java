package kz.bagalau.shared.event;

import java.time.Instant;
import java.util.List;

/** ¶52: the working body sent each body's head the results with instructions and recommendations. */
public record ResultsDispatched(String tenant, int year, List<Long> bodyIds, int instructions, String by,
                                Instant at) implements YearEvent {

    public ResultsDispatched {
        bodyIds = List.copyOf(bodyIds);
    }
}
