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
import java.time.LocalDate;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * ¶44: the evaluator asks the body for documents by a due date; the request shows on the body's home page
 * until it is answered.
 */
@Entity
@Table(name = "document_request")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class DocumentRequest {

    /** Open until the body answers. */
    public enum Status { OPEN, ANSWERED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direction_evaluation_id", nullable = false)
    private long directionEvaluationId;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.OPEN;

    @Column(name = "addressee_body_id")
    private Long addresseeBodyId;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "answer")
    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected DocumentRequest() {
        // for JPA
    }

    public DocumentRequest(long directionEvaluationId, String text, LocalDate dueDate, LocalDate today, String by,
                           Instant now) {
        this(directionEvaluationId, null, text, dueDate, today, by, now);
    }

    /**
     * ¶44: a request to {@code addresseeBodyId}, another executive body of the region, for information bearing on
     * the evaluation of a direction; null asks the evaluated body itself. Each has its own due date.
     */
    public DocumentRequest(long directionEvaluationId, Long addresseeBodyId, String text, LocalDate dueDate,
                           LocalDate today, String by, Instant now) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("request.text.required");
        }
        if (dueDate == null || dueDate.isBefore(today)) {
            throw new RuleViolation("request.due.past");
        }
        this.directionEvaluationId = directionEvaluationId;
        this.addresseeBodyId = addresseeBodyId;
        this.text = text.strip();
        this.dueDate = dueDate;
        this.requestedBy = by;
        this.requestedAt = now;
    }

    public void answer(String what, String by, Instant now) {
        if (status == Status.ANSWERED) {
            throw new RuleViolation("request.answered");
        }
        if (what == null || what.isBlank()) {
            throw new RuleViolation("request.answer.required");
        }
        this.answer = what.strip();
        this.answeredBy = by;
        this.answeredAt = now;
        this.status = Status.ANSWERED;
    }

    public boolean overdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(dueDate);
    }

    public Long id() {
        return id;
    }

    /** The other body asked (¶44); null when the evaluated body itself was asked. */
    public Long addresseeBodyId() {
        return addresseeBodyId;
    }

    public long directionEvaluationId() {
        return directionEvaluationId;
    }

    public String text() {
        return text;
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Status status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public String answer() {
        return answer;
    }

    public String answeredBy() {
        return answeredBy;
    }

    public Instant answeredAt() {
        return answeredAt;
    }
}
