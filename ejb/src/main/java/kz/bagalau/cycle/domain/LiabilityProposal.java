package kz.bagalau.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * ¶66: the working body's proposal on the liability of the officials concerned, resting on recorded breaches of
 * the Rules (¶62-¶64) and sent to the akim. It is made and sent as one recorded act and never changes; the
 * breaches it rests on are kept as they stood when it was sent.
 */
@Entity
@Table(name = "liability_proposal")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class LiabilityProposal {

    /** A proposal's texts hold at most this many characters each; longer ones are refused, never cut. */
    public static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "officials", nullable = false)
    private String officials;

    @Column(name = "grounds", nullable = false)
    private String grounds;

    @Column(name = "breaches", nullable = false)
    private String breaches;

    @Column(name = "proposed_by", nullable = false)
    private String proposedBy;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Version
    private long version;

    protected LiabilityProposal() {
        // for JPA
    }

    /**
     * @param breaches one line per breach the proposal rests on, as it stood (step, body, direction, deadline,
     *                 person responsible); at least one
     */
    public static LiabilityProposal propose(int year, String officials, String grounds, List<String> breaches,
                                            String by, Instant now) {
        if (breaches == null || breaches.isEmpty()) {
            throw new RuleViolation("liability.breaches.required");
        }
        String who = PlainText.check(officials, MAX_TEXT, "label.liability.officials");
        if (who == null) {
            throw new RuleViolation("liability.officials.required");
        }
        String why = PlainText.check(grounds, MAX_TEXT, "label.liability.grounds");
        if (why == null) {
            throw new RuleViolation("liability.grounds.required");
        }
        LiabilityProposal p = new LiabilityProposal();
        p.year = year;
        p.officials = who;
        p.grounds = why;
        p.breaches = String.join("\n", breaches);
        p.proposedBy = by;
        p.proposedAt = now;
        return p;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public String officials() {
        return officials;
    }

    public String grounds() {
        return grounds;
    }

    public List<String> breaches() {
        return List.of(breaches.split("\n"));
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }
}
