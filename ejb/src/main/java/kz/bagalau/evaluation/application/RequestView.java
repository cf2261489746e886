package kz.bagalau.evaluation.application;

import java.time.Instant;
import java.time.LocalDate;
import kz.bagalau.evaluation.domain.DocumentRequest;

/** An evaluator's request for documents (¶44), with the direction it concerns. */
public record RequestView(long id, long directionEvaluationId, int direction, String text, LocalDate dueDate,
                          DocumentRequest.Status status, boolean overdue, String requestedBy, Instant requestedAt,
                          String answer, String answeredBy, Instant answeredAt) {

    static RequestView of(DocumentRequest r, int direction, LocalDate today) {
        return new RequestView(r.id(), r.directionEvaluationId(), direction, r.text(), r.dueDate(), r.status(),
                r.overdue(today), r.requestedBy(), r.requestedAt(), r.answer(), r.answeredBy(), r.answeredAt());
    }
}
