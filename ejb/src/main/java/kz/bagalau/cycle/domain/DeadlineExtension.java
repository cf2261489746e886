package kz.bagalau.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A recorded extension of one step's deadline, for the whole region or one body (and direction, or one
 * appeal), with the reason and who granted it: the recorded late path of ¶6. Without one, a step after its
 * deadline is locked for its ordinary actor. The schedule has its own late path (the akim's late approval) and
 * the ministry's summary is national.
 */
@Entity
@Table(name = "deadline_extension")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class DeadlineExtension {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false)
    private CycleStep step;

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "direction")
    private Integer direction;

    @Column(name = "appeal_id")
    private Long appealId;

    @Column(name = "until", nullable = false)
    private LocalDate until;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    protected DeadlineExtension() {
        // for JPA
    }

    public DeadlineExtension(int year, CycleStep step, Long bodyId, Integer direction, Long appealId, LocalDate until,
                             String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("extension.reason.required");
        }
        if (until == null) {
            throw new RuleViolation("extension.until.required");
        }
        if (step == CycleStep.SCHEDULE || step == CycleStep.MINISTRY_SUMMARY) {
            throw new RuleViolation("extension.step.fixed", step.name());
        }
        this.year = year;
        this.step = step;
        this.bodyId = bodyId;
        this.direction = direction;
        this.appealId = appealId;
        this.until = until;
        this.reason = reason.strip();
        this.grantedBy = by;
        this.grantedAt = now;
    }

    /** Whether this extension covers the given body, direction or appeal (a region-wide one covers all). */
    public boolean covers(CycleStep onStep, Long body, Integer dir, Long appeal) {
        return step == onStep
                && (bodyId == null || bodyId.equals(body))
                && (direction == null || direction.equals(dir))
                && (appealId == null || appealId.equals(appeal));
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public CycleStep step() {
        return step;
    }

    public Long bodyId() {
        return bodyId;
    }

    public Integer direction() {
        return direction;
    }

    public Long appealId() {
        return appealId;
    }

    public LocalDate until() {
        return until;
    }

    public String reason() {
        return reason;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public Instant grantedAt() {
        return grantedAt;
    }
}
