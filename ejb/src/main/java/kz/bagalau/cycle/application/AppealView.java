package kz.bagalau.cycle.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.evaluation.application.BodyRef;
import kz.bagalau.evaluation.application.FileView;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * An appeal as pages and the audit log show it. {@code decisionReason} is the message key
 * {@link Appeal#AUTO_ANSWER} for an appeal without documents (¶56), shown in the reader's language.
 * {@code workspaceOpen} says whether the reader is the direction's evaluator (¶10), the one role whose
 * workspace link leads anywhere; everyone else is shown no link that would end in a refusal.
 * {@code answeredInNameOf} is the evaluator body in whose name an appeal without documents was answered (¶56);
 * null for the akim's apparatus, named by its role ({@code decidedBy}).
 */
public record AppealView(long id, long directionEvaluationId, long evaluationId, int year, BodyRef body,
                         int direction, long conclusionId, Appeal.Status status, String text, List<FileView> documents,
                         String filedBy, Instant filedAt, LocalDate windowEnd, LocalDate decisionDue,
                         List<String> members, String commissionFormedBy, String decisionReason, String decidedBy,
                         Instant decidedAt, Long correctedConclusionId, boolean overdue,
                         boolean workspaceOpen, BodyRef answeredInNameOf) {

    public AppealView {
        documents = List.copyOf(documents);
        members = List.copyOf(members);
    }

    /** The decision's reasons in {@code locale}: the automatic answer of ¶56 is stored as a message key. */
    public String decisionText(Locale locale) {
        return Appeal.AUTO_ANSWER.equals(decisionReason) ? Texts.get(locale, Appeal.AUTO_ANSWER) : decisionReason;
    }

    /** This appeal as an API client in {@code locale} reads it: the reasons as text, never a message key. */
    public AppealView readIn(Locale locale) {
        return new AppealView(id, directionEvaluationId, evaluationId, year, body, direction, conclusionId, status,
                text, documents, filedBy, filedAt, windowEnd, decisionDue, members, commissionFormedBy,
                decisionText(locale), decidedBy, decidedAt, correctedConclusionId, overdue, workspaceOpen,
                answeredInNameOf);
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
