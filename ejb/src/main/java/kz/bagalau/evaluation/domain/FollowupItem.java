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
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * ¶45-1: an instruction or recommendation from an earlier evaluation that the body must report on in the
 * evaluation of {@code year}; the body's report is what the conclusion's second part (¶47) assesses.
 */
@Entity
@Table(name = "followup_item")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class FollowupItem {

    /** Where the item came from: a conclusion (¶47), the commission's results (¶52), the akim, or a predecessor (¶60-2, ¶60-3). */
    public enum Origin { CONCLUSION, COMMISSION, AKIM, REORGANISATION }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(name = "year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false)
    private Origin origin;

    @Column(name = "origin_ref")
    private String originRef;

    @Column(name = "direction")
    private Integer direction;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "body_report")
    private String bodyReport;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected FollowupItem() {
        // for JPA
    }

    public FollowupItem(long bodyId, int year, Origin origin, String originRef, Integer direction, String text,
                        Instant now) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("followup.text.required");
        }
        this.bodyId = bodyId;
        this.year = year;
        this.origin = origin;
        this.originRef = originRef;
        this.direction = direction;
        this.text = text.strip();
        this.createdAt = now;
    }

    /** The body states what it did on the item (¶45-1). */
    public void report(String what, String by, Instant now) {
        if (what == null || what.isBlank()) {
            throw new RuleViolation("followup.report.required");
        }
        this.bodyReport = what.strip();
        this.reportedBy = by;
        this.reportedAt = now;
    }

    public Long id() {
        return id;
    }

    public long bodyId() {
        return bodyId;
    }

    public int year() {
        return year;
    }

    public Origin origin() {
        return origin;
    }

    public String originRef() {
        return originRef;
    }

    public Integer direction() {
        return direction;
    }

    public String text() {
        return text;
    }

    public String bodyReport() {
        return bodyReport;
    }

    public String reportedBy() {
        return reportedBy;
    }

    public Instant reportedAt() {
        return reportedAt;
    }
}
