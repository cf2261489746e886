package kz.bagalau.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A body's disagreement with the conclusion on one direction (¶55-¶59): filed within five working days of
 * receipt; without supporting documents it is kept for the record and answered that a re-check is unfounded
 * (¶56); otherwise a special commission without anyone who took part in the evaluation (¶57) decides, with
 * reasons, within five working days (¶58); if accepted the conclusion is corrected (¶59).
 */
@Entity
@Table(name = "appeal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Appeal {

    /** Where the appeal stands. */
    public enum Status { FILED, AUTO_ANSWERED, UNDER_REVIEW, ACCEPTED, REJECTED }

    /** An appeal's text holds at most this many characters; a longer one is refused, never cut. */
    public static final int MAX_TEXT = 20_000;

    /** The answer recorded for an appeal without documents (¶56), as a message key for the reader's language. */
    public static final String AUTO_ANSWER = "appeal.autoAnswer";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direction_evaluation_id", nullable = false)
    private long directionEvaluationId;

    @Column(name = "conclusion_id", nullable = false)
    private long conclusionId;

    @Column(name = "filed_by", nullable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false)
    private Instant filedAt;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "documents", nullable = false)
    private int documents;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "window_end", nullable = false)
    private LocalDate windowEnd;

    @Column(name = "decision_due", nullable = false)
    private LocalDate decisionDue;

    @Column(name = "commission_members")
    private String commissionMembers;

    @Column(name = "commission_formed_by")
    private String commissionFormedBy;

    @Column(name = "commission_formed_at")
    private Instant commissionFormedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "corrected_conclusion_id")
    private Long correctedConclusionId;

    @Version
    private long version;

    protected Appeal() {
        // for JPA
    }

    /**
     * ¶55-¶56: files an appeal; {@code today} must not be after the window's last day.
     *
     * @param windowEnd   the fifth working day after receipt of the conclusion
     * @param decisionDue the fifth working day after filing
     * @param evaluator   the direction's evaluator (its role's name), in whose name an appeal without documents
     *                    is answered at once (¶56)
     */
    public static Appeal file(long directionEvaluationId, long conclusionId, String text, int documents,
                              LocalDate today, LocalDate windowEnd, LocalDate decisionDue, String evaluator, String by,
                              Instant now) {
        if (today.isAfter(windowEnd)) {
            throw new RuleViolation("appeal.window.closed", windowEnd);
        }
        if (PlainText.check(text, MAX_TEXT, "label.appeal.text") == null) {
            throw new RuleViolation("appeal.text.required");
        }
        Appeal a = new Appeal();
        a.directionEvaluationId = directionEvaluationId;
        a.conclusionId = conclusionId;
        a.text = text.strip();
        a.documents = documents;
        a.windowEnd = windowEnd;
        a.decisionDue = decisionDue;
        a.filedBy = by;
        a.filedAt = now;
        if (documents == 0) {
            a.status = Status.AUTO_ANSWERED;
            a.decisionReason = AUTO_ANSWER;
            // ¶56: the evaluator answers, not "the system": the answer is issued in the evaluator body's name.
            a.decidedBy = java.util.Objects.requireNonNull(evaluator, "evaluator");
            a.decidedAt = now;
        } else {
            a.status = Status.FILED;
        }
        return a;
    }

    /** ¶57: the special commission; nobody who verified, scored or drafted anything for the body this year. */
    public void formCommission(List<String> members, Set<String> participants, String by, Instant now) {
        if (status != Status.FILED && status != Status.UNDER_REVIEW) {
            throw new RuleViolation("appeal.state", status.name());
        }
        if (members == null || members.isEmpty()) {
            throw new RuleViolation("appeal.commission.empty");
        }
        List<String> conflicted = members.stream().filter(participants::contains).toList();
        if (!conflicted.isEmpty()) {
            throw new RuleViolation("appeal.commission.conflict", String.join(", ", conflicted));
        }
        commissionMembers = String.join(",", members);
        commissionFormedBy = by;
        commissionFormedAt = now;
        status = Status.UNDER_REVIEW;
    }

    /** ¶57-¶58: only a member of the special commission decides. */
    public void requireMember(String user) {
        if (!members().contains(user)) {
            throw new RuleViolation("appeal.decide.member");
        }
    }

    /** ¶58: the reasoned decision of the special commission, by one of its members. */
    public void decide(boolean accepted, String reasons, String by, Instant now) {
        requireMember(by);
        if (status != Status.UNDER_REVIEW) {
            throw new RuleViolation(status == Status.FILED ? "appeal.commission.missing" : "appeal.state",
                    status.name());
        }
        if (reasons == null || reasons.isBlank()) {
            throw new RuleViolation("appeal.reasons.required");
        }
        status = accepted ? Status.ACCEPTED : Status.REJECTED;
        decisionReason = reasons.strip();
        decidedBy = by;
        decidedAt = now;
    }

    /** ¶59: the corrected conclusion that answers an accepted appeal. */
    public void answerWithCorrection(long conclusion) {
        if (status != Status.ACCEPTED) {
            throw new RuleViolation("appeal.state", status.name());
        }
        correctedConclusionId = conclusion;
    }

    /** Still waiting for a decision or, if accepted, for the corrected conclusion. */
    public boolean isPending() {
        return status == Status.FILED || status == Status.UNDER_REVIEW
                || status == Status.ACCEPTED && correctedConclusionId == null;
    }

    public List<String> members() {
        return commissionMembers == null ? List.of() : Arrays.asList(commissionMembers.split(","));
    }

    public Long id() {
        return id;
    }

    public long directionEvaluationId() {
        return directionEvaluationId;
    }

    public long conclusionId() {
        return conclusionId;
    }

    public String filedBy() {
        return filedBy;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public String text() {
        return text;
    }

    public int documents() {
        return documents;
    }

    public Status status() {
        return status;
    }

    public LocalDate windowEnd() {
        return windowEnd;
    }

    public LocalDate decisionDue() {
        return decisionDue;
    }

    public String commissionFormedBy() {
        return commissionFormedBy;
    }

    public Instant commissionFormedAt() {
        return commissionFormedAt;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long correctedConclusionId() {
        return correctedConclusionId;
    }
}
