package kz.bagalau.cycle.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.evaluation.application.BodyRef;
import kz.bagalau.evaluation.application.FileView;

/**
 * An appeal as pages and the audit log show it. {@code decisionReason} is the message key
 * {@link Appeal#AUTO_ANSWER} for an appeal without documents (¶56), shown in the reader's language.
 */
public record AppealView(long id, long directionEvaluationId, long evaluationId, int year, BodyRef body,
                         int direction, long conclusionId, Appeal.Status status, String text, List<FileView> documents,
                         String filedBy, Instant filedAt, LocalDate windowEnd, LocalDate decisionDue,
                         List<String> members, String commissionFormedBy, String decisionReason, String decidedBy,
                         Instant decidedAt, Long correctedConclusionId, boolean overdue) {

    public AppealView {
        documents = List.copyOf(documents);
        members = List.copyOf(members);
    }

    public boolean autoAnswered() {
        return status == Appeal.Status.AUTO_ANSWERED;
    }

    public boolean awaitingCommission() {
        return status == Appeal.Status.FILED;
    }

    public boolean awaitingDecision() {
        return status == Appeal.Status.UNDER_REVIEW;
    }

    public boolean awaitingCorrection() {
        return status == Appeal.Status.ACCEPTED && correctedConclusionId == null;
    }
}
