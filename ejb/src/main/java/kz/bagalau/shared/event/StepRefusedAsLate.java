package kz.bagalau.shared.event;

import java.time.Instant;
import java.time.LocalDate;

/** ¶6, ¶62-¶64: a step was tried after its deadline and refused. */
public record StepRefusedAsLate(String tenant, int year, String step, Long bodyId, Integer direction,
                                LocalDate deadline, String by, Instant at) implements YearEvent {
}
