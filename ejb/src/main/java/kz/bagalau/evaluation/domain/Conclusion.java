package kz.bagalau.evaluation.domain;

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
import java.util.List;
import java.util.Optional;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The conclusion on one body's direction (¶47) in three parts: the evaluation report (generated from the
 * scores and frozen when sent), the results of carrying out earlier instructions and recommendations, and
 * findings with recommendations. Sending is a separate act; a sent conclusion never changes (also enforced
 * by the database). A correction after an appeal (¶59) is a new version linked to the one it corrects.
 */
@Entity
@Table(name = "conclusion")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Conclusion {

    /** Each of the evaluator's parts holds at most this many characters; a longer one is refused, never cut. */
    public static final int MAX_TEXT = 20_000;

    /** A draft is the evaluator's; a sent conclusion is the body's. */
    public enum Status { DRAFT, SENT }

    /** How a correction made by the working body's re-check (¶60) begins its reason. */
    public static final String RECHECK_PREFIX = "¶60:";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direction_evaluation_id", nullable = false)
    private long directionEvaluationId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "previous_id")
    private Long previousId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.DRAFT;

    @Column(name = "report", nullable = false)
    private String report;

    @Column(name = "followup_results", nullable = false)
    private String followupResults = "";

    @Column(name = "findings", nullable = false)
    private String findings = "";

    @Column(name = "recommendations", nullable = false)
    private String recommendations = "";

    @Column(name = "correction_reason")
    private String correctionReason;

    @Column(name = "drafted_by", nullable = false)
    private String draftedBy;

    @Column(name = "drafted_at", nullable = false)
    private Instant draftedAt;

    @Column(name = "sent_by")
    private String sentBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by")
    private String receivedBy;

    @Version
    @Column(name = "version_lock")
    private long lock;

    protected Conclusion() {
        // for JPA
    }

    /** The first conclusion on a direction. */
    public static Conclusion first(long directionEvaluationId, String report, String by, Instant now) {
        Conclusion c = new Conclusion();
        c.directionEvaluationId = directionEvaluationId;
        c.version = 1;
        c.report = report;
        c.draftedBy = by;
        c.draftedAt = now;
        return c;
    }

    /** ¶59: a corrected version of this sent conclusion, starting from its texts, with the reason. */
    public Conclusion correction(String reason, String report, String by, Instant now) {
        if (status != Status.SENT) {
            throw new RuleViolation("conclusion.correct.unsent");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("conclusion.correct.reason");
        }
        Conclusion c = first(directionEvaluationId, report, by, now);
        c.version = version + 1;
        c.previousId = id;
        c.followupResults = followupResults;
        c.findings = findings;
        c.recommendations = recommendations;
        c.correctionReason = reason.strip();
        return c;
    }

    /** The evaluator writes the second and third parts; the report part is regenerated from the scores. */
    public void revise(String report, String followupResults, String findings, String recommendations, String by,
                       Instant now) {
        requireDraft();
        this.report = report;
        this.followupResults = text(followupResults, "label.conclusion.followupResults");
        this.findings = text(findings, "label.conclusion.findings");
        this.recommendations = text(recommendations, "label.conclusion.recommendations");
        this.draftedBy = by;
        this.draftedAt = now;
    }

    /**
     * The recorded act of sending (¶45-2). ¶47: a conclusion holds three parts, and is not sent without any of
     * them: the evaluation report (generated here from the scores), the results of carrying out the instructions
     * and recommendations given after earlier evaluations (¶45-1) — for a body that was given none, the explicit
     * statement that none were given — and the findings with recommendations.
     */
    public void send(String finalReport, String by, Instant now) {
        requireDraft();
        if (finalReport == null || finalReport.isBlank()) {
            throw new RuleViolation("conclusion.report.required");
        }
        if (followupResults == null || followupResults.isBlank()) {
            throw new RuleViolation("conclusion.followupResults.required");
        }
        if (findings.isBlank()) {
            throw new RuleViolation("conclusion.findings.required");
        }
        if (recommendations == null || recommendations.isBlank()) {
            throw new RuleViolation("conclusion.recommendations.required");
        }
        this.report = finalReport;
        this.status = Status.SENT;
        this.sentBy = by;
        this.sentAt = now;
    }

    /** Records receipt once: when the body first opens it, or the working day after sending at the latest. */
    public boolean markReceived(String by, Instant at) {
        if (status != Status.SENT || receivedAt != null) {
            return false;
        }
        this.receivedAt = at;
        this.receivedBy = by;
        return true;
    }

    private void requireDraft() {
        if (status == Status.SENT) {
            throw new RuleViolation("conclusion.sent.immutable");
        }
    }

    private static String text(String s, String label) {
        String checked = PlainText.check(s, MAX_TEXT, label);
        return checked == null ? "" : checked;
    }

    /**
     * Whether the body may appeal this version (¶55): the first version, and a version corrected by the working
     * body's re-check (¶60), which the body receives anew; not a correction answering an appeal (¶59).
     */
    public boolean isAppealable() {
        return previousId == null || correctionReason != null && correctionReason.startsWith(RECHECK_PREFIX);
    }

    public Long id() {
        return id;
    }

    public long directionEvaluationId() {
        return directionEvaluationId;
    }

    public int version() {
        return version;
    }

    public Long previousId() {
        return previousId;
    }

    public Status status() {
        return status;
    }

    public boolean isSent() {
        return status == Status.SENT;
    }

    /** Of a direction's versions, newest first, the one the body received first (¶55): the oldest sent. */
    public static Optional<Conclusion> firstSent(List<Conclusion> newestFirst) {
        return newestFirst.stream().filter(Conclusion::isSent).reduce((newer, older) -> older);
    }

    public String report() {
        return report;
    }

    public String followupResults() {
        return followupResults;
    }

    public String findings() {
        return findings;
    }

    public String recommendations() {
        return recommendations;
    }

    public String correctionReason() {
        return correctionReason;
    }

    public String draftedBy() {
        return draftedBy;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public String sentBy() {
        return sentBy;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String receivedBy() {
        return receivedBy;
    }

    /** The optimistic lock's version: what an editor saw, so a later save can tell whether someone else saved. */
    public long lockVersion() {
        return lock;
    }
}
