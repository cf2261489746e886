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
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * ¶60: a re-check of one body's direction started by the commission's working body on its own initiative,
 * with the reason (violations that changed the outcome). The evaluator's specialists re-verify; the result
 * is closed with an outcome, and the direction returns to where it was.
 */
@Entity
@Table(name = "recheck")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Recheck {

    /** Open while the evaluator re-checks. */
    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direction_evaluation_id", nullable = false)
    private long directionEvaluationId;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "resume_state", nullable = false)
    private DirectionState resumeState;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "started_by", nullable = false)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Recheck() {
        // for JPA
    }

    public Recheck(long directionEvaluationId, String reason, DirectionState resumeState, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("recheck.reason.required");
        }
        this.directionEvaluationId = directionEvaluationId;
        this.reason = reason.strip();
        this.resumeState = resumeState;
        this.startedBy = by;
        this.startedAt = now;
    }

    public void close(String result, String by, Instant now) {
        if (status == Status.CLOSED) {
            throw new RuleViolation("recheck.closed");
        }
        if (result == null || result.isBlank()) {
            throw new RuleViolation("recheck.outcome.required");
        }
        outcome = result.strip();
        closedBy = by;
        closedAt = now;
        status = Status.CLOSED;
    }

    public Long id() {
        return id;
    }

    public long directionEvaluationId() {
        return directionEvaluationId;
    }

    public String reason() {
        return reason;
    }

    public DirectionState resumeState() {
        return resumeState;
    }

    public Status status() {
        return status;
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String outcome() {
        return outcome;
    }

    public Instant closedAt() {
        return closedAt;
    }
}
