package kz.bagalau.methodology.domain;

import jakarta.persistence.Column;
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
import java.time.Instant;

/**
 * One owner's approval of a draft methodology (¶16): who approved it for which central body, when, and under
 * which act. Part of the {@link Methodology} aggregate; a change to the draft withdraws it, because an approval
 * is of a content.
 */
@Entity
@Table(name = "methodology_approval")
public class MethodologyApproval {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "methodology_id")
    private Methodology methodology;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner", nullable = false)
    private MethodologyOwner owner;

    @Column(name = "approved_by", nullable = false)
    private String approvedBy;

    @Column(name = "approved_at", nullable = false)
    private Instant approvedAt;

    @Column(name = "reference")
    private String reference;

    protected MethodologyApproval() {
        // for JPA
    }

    MethodologyApproval(Methodology methodology, MethodologyOwner owner, String approvedBy, Instant approvedAt,
                        String reference) {
        this.methodology = methodology;
        this.owner = owner;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.reference = reference;
    }

    public MethodologyOwner owner() {
        return owner;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String reference() {
        return reference;
    }
}
