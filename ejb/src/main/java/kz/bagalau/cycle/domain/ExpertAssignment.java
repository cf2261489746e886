package kz.bagalau.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * ¶48: an independent expert or NGO the planning body brought into the general evaluation, on one direction
 * or all, and the expert's written opinion.
 */
@Entity
@Table(name = "expert_assignment")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ExpertAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "expert", nullable = false)
    private String expert;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "direction")
    private Integer direction;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "opinion")
    private String opinion;

    @Column(name = "opinion_at")
    private Instant opinionAt;

    @Column(name = "revoked_by")
    private String revokedBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    private long version;

    protected ExpertAssignment() {
        // for JPA
    }

    /** ¶48: {@code bodyId} null means every body of the region, {@code direction} null every direction. */
    public ExpertAssignment(int year, String expert, Long bodyId, Integer direction, String by, Instant now) {
        this.year = year;
        this.expert = expert;
        this.bodyId = bodyId;
        this.direction = direction;
        this.assignedBy = by;
        this.assignedAt = now;
    }

    public void writeOpinion(String text, Instant now) {
        if (!isRunning()) {
            throw new RuleViolation("expert.assignment.ended");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("expert.opinion.required");
        }
        opinion = text.strip();
        opinionAt = now;
    }

    /**
     * ¶48: the planning body ends the assignment; from then on the expert reads nothing of it (need-to-know),
     * while the opinion already written stays on record.
     */
    public void revoke(String by, Instant now) {
        if (!isRunning()) {
            throw new RuleViolation("expert.assignment.ended");
        }
        revokedBy = by;
        revokedAt = now;
    }

    public boolean isRunning() {
        return revokedAt == null;
    }

    public boolean covers(int d) {
        return direction == null || direction == d;
    }

    public Long bodyId() {
        return bodyId;
    }

    public String revokedBy() {
        return revokedBy;
    }

    public Instant revokedAt() {
        return revokedAt;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String expert() {
        return expert;
    }

    public Integer direction() {
        return direction;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public String opinion() {
        return opinion;
    }

    public Instant opinionAt() {
        return opinionAt;
    }
}
