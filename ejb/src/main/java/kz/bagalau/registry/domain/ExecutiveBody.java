package kz.bagalau.registry.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * An executive body of one region. Its code is its stable key inside the region (imports match on it);
 * its status records a reorganisation or liquidation with the date and the legal successor, which decide
 * how the body is evaluated in that year (¶60-1..¶60-3).
 */
@Entity
@Table(name = "executive_body")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ExecutiveBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false)
    private String code;

    @Embedded
    private LocalizedText name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private BodyType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluator_function", nullable = false)
    private EvaluatorFunction evaluatorFunction = EvaluatorFunction.NONE;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private BodyStatus status = BodyStatus.ACTIVE;

    @Column(name = "status_date")
    private LocalDate statusDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "successor_id")
    private ExecutiveBody successor;

    @Column(name = "head_name")
    private String headName;

    @Column(name = "email")
    private String email;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ExecutiveBody() {
        // for JPA
    }

    public static ExecutiveBody register(BodyDetails details, Instant now) {
        ExecutiveBody body = new ExecutiveBody();
        body.code = details.code();
        body.createdAt = now;
        body.apply(details, now);
        return body;
    }

    /** Corrects names, kind, function, head or e-mail; the code stays (it keys imports and history). */
    public void revise(BodyDetails details, Instant now) {
        if (!code.equals(details.code())) {
            throw new RuleViolation("body.code.immutable", code);
        }
        apply(details, now);
    }

    private void apply(BodyDetails details, Instant now) {
        this.name = details.name();
        this.type = details.type();
        this.evaluatorFunction = details.evaluatorFunction();
        this.headName = details.headName();
        this.email = details.email();
        this.updatedAt = now;
    }

    /**
     * Records that the body was reorganised or liquidated on {@code date}, passing its work to
     * {@code successor} (¶60-1..¶60-3 read the date and the successor).
     */
    public void close(BodyStatus newStatus, LocalDate date, ExecutiveBody successor, Instant now) {
        if (newStatus == BodyStatus.ACTIVE) {
            throw new IllegalArgumentException("Use reactivate() to make a body active again");
        }
        Objects.requireNonNull(date, "date");
        if (successor != null && (successor == this || Objects.equals(successor.id, id))) {
            throw new RuleViolation("body.successor.self");
        }
        if (successor != null && successor.status != BodyStatus.ACTIVE) {
            throw new RuleViolation("body.successor.inactive", successor.code);
        }
        if (newStatus == BodyStatus.REORGANISED && successor == null) {
            throw new RuleViolation("body.successor.required");
        }
        this.status = newStatus;
        this.statusDate = date;
        this.successor = successor;
        this.updatedAt = now;
    }

    /** Undoes a status recorded by mistake. */
    public void reactivate(Instant now) {
        this.status = BodyStatus.ACTIVE;
        this.statusDate = null;
        this.successor = null;
        this.updatedAt = now;
    }

    /** Direction 7 is evaluated for district and city akimats only (¶40-1). */
    public boolean subjectToLegalSupportDirection() {
        return type.isAkimat();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public BodyType type() {
        return type;
    }

    public EvaluatorFunction evaluatorFunction() {
        return evaluatorFunction;
    }

    public BodyStatus status() {
        return status;
    }

    public LocalDate statusDate() {
        return statusDate;
    }

    public ExecutiveBody successor() {
        return successor;
    }

    public String headName() {
        return headName;
    }

    public String email() {
        return email;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
