package kz.bagalau.evaluation.application;

import java.time.Instant;
import kz.bagalau.evaluation.domain.Conclusion;

/**
 * A conclusion version as pages show it (¶47). {@code lock} is the version of the record the reader saw: a
 * draft is saved only if nobody else saved it in between.
 */
public record ConclusionView(long id, long directionEvaluationId, int version, Long previousId,
                             Conclusion.Status status, String report, String followupResults, String findings,
                             String recommendations, String correctionReason, String draftedBy, Instant draftedAt,
                             String sentBy, Instant sentAt, Instant receivedAt, long lock) {

    static ConclusionView of(Conclusion c) {
        return new ConclusionView(c.id(), c.directionEvaluationId(), c.version(), c.previousId(), c.status(), c.report(),
                c.followupResults(), c.findings(), c.recommendations(), c.correctionReason(), c.draftedBy(),
                c.draftedAt(), c.sentBy(), c.sentAt(), c.receivedAt(), c.lockVersion());
    }

    public boolean sent() {
        return status == Conclusion.Status.SENT;
    }
}
