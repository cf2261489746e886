package kz.bagalau.shared.event;

import java.time.Instant;
import java.time.LocalDate;

/** ¶55: a body appealed the conclusion on a direction; without documents it was answered at once (¶56). */
public record AppealFiled(String tenant, int year, long bodyId, long directionEvaluationId, int direction,
                          long appealId, boolean autoAnswered, LocalDate decisionDue, String by, Instant at)
        implements YearEvent {
}
