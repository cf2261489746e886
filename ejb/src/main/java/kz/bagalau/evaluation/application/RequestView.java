package kz.bagalau.evaluation.application;

import java.time.Instant;
import java.time.LocalDate;
import kz.bagalau.evaluation.domain.DocumentRequest;

/**
 * An evaluator's request for information or documents (¶44), with the direction it concerns; {@code addressee}
 * is the other body asked (null: the evaluated body itself), {@code about} the body whose evaluation it serves
 * when an addressee sees it.
 */
public record RequestView(long id, long directionEvaluationId, int direction, String text, LocalDate dueDate,
                          DocumentRequest.Status status, boolean overdue, String requestedBy, Instant requestedAt,
                          String answer, String answeredBy, Instant answeredAt, BodyRef addressee, BodyRef about) {

    static RequestView of(DocumentRequest r, int direction, LocalDate today) {
        return of(r, direction, today, null, null);
    }

    static RequestView of(DocumentRequest r, int direction, LocalDate today, BodyRef addressee, BodyRef about) {
        return new RequestView(r.id(), r.directionEvaluationId(), direction, r.text(), r.dueDate(), r.status(),
                r.overdue(today), r.requestedBy(), r.requestedAt(), r.answer(), r.answeredBy(), r.answeredAt(),
                addressee, about);
    }
}
