package kz.bagalau.methodology.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * The methodology of one direction for one evaluated year, in one version (¶16). The direction's owners
 * ({@link MethodologyOwner}) edit a draft and approve it; the ministry agrees it, which publishes it; from then on
 * it is immutable and a change is a new version ({@link #nextDraft}). Any edit withdraws the approvals given so
 * far, so what the ministry agrees is what every owner approved. The direction's weight is its share in a body's
 * total score.
 */
@Entity
@Table(name = "methodology")
public class Methodology {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direction", nullable = false)
    private int direction;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "version", nullable = false)
    private int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private MethodologyStatus status;

    @Column(name = "weight", nullable = false)
    private BigDecimal weight;

    @Column(name = "approval_ref")
    private String approvalRef;

    @Column(name = "previous_version_id")
    private Long previousVersionId;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "agreed_by")
    private String agreedBy;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @OneToMany(mappedBy = "methodology", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("owner")
    private List<MethodologyApproval> approvals = new ArrayList<>();

    @OneToMany(mappedBy = "methodology", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Criterion> criteria = new ArrayList<>();

    protected Methodology() {
        // for JPA
    }

    /** The first version of a direction's methodology for a year. */
    public static Methodology firstDraft(Direction direction, int year, BigDecimal weight, String approvalRef,
                                         String by, Instant now) {
        return draft(direction, year, 1, weight, approvalRef, by, now);
    }

    /** An empty draft of the given version, for a methodology authored anew (for example from a spreadsheet). */
    public static Methodology draft(Direction direction, int year, int version, BigDecimal weight, String approvalRef,
                                   String by, Instant now) {
        if (weight == null || weight.signum() <= 0) {
            throw new RuleViolation("methodology.weight.positive", "direction " + direction.number());
        }
        Methodology m = new Methodology();
        m.direction = direction.number();
        m.year = year;
        m.version = version;
        m.status = MethodologyStatus.DRAFT;
        m.weight = weight;
        m.approvalRef = approvalRef;
        m.createdBy = by;
        m.createdAt = now;
        return m;
    }

    /** A draft of the next version (or of the same content for another year), copying every criterion and indicator. */
    public Methodology nextDraft(int forYear, int nextVersion, String by, Instant now) {
        Methodology m = draft(direction(), forYear, nextVersion, weight, approvalRef, by, now);
        m.previousVersionId = forYear == year ? id : null;
        for (Criterion c : criteria) {
            Criterion copy = m.addCriterion(c.code(), c.name(), c.weight());
            c.indicators().forEach(i -> copy.add(i.definition()));
        }
        return m;
    }

    public Criterion addCriterion(String code, LocalizedText name, BigDecimal weight) {
        requireEditable();
        if (criteria.stream().anyMatch(c -> c.code().equals(code))) {
            throw new RuleViolation("methodology.code.taken", code);
        }
        Criterion criterion = new Criterion(this, code, name, weight, criteria.size() + 1);
        criteria.add(criterion);
        return criterion;
    }

    public Indicator addIndicator(String criterionCode, IndicatorDefinition definition) {
        requireEditable();
        if (indicators().anyMatch(i -> i.code().equals(definition.code()))) {
            throw new RuleViolation("methodology.code.taken", definition.code());
        }
        return criterion(criterionCode).add(definition);
    }

    /** Replaces an indicator's definition; its code may not collide with another indicator's. */
    public void reviseIndicator(long indicatorId, IndicatorDefinition definition) {
        requireEditable();
        Indicator indicator = indicator(indicatorId)
                .orElseThrow(() -> new RuleViolation("methodology.indicator.unknown", indicatorId));
        if (indicators().anyMatch(i -> i != indicator && i.code().equals(definition.code()))) {
            throw new RuleViolation("methodology.code.taken", definition.code());
        }
        indicator.apply(definition);
    }

    public void removeIndicator(long indicatorId) {
        requireEditable();
        Indicator indicator = indicator(indicatorId)
                .orElseThrow(() -> new RuleViolation("methodology.indicator.unknown", indicatorId));
        indicator.criterion().remove(indicator);
    }

    public void reweigh(BigDecimal newWeight) {
        requireEditable();
        if (newWeight == null || newWeight.signum() <= 0) {
            throw new RuleViolation("methodology.weight.positive", "direction " + direction);
        }
        weight = newWeight;
    }

    /**
     * ¶16: one owner of the direction approves the draft (with the act that approved it, if given). The draft must
     * be complete: every criterion with at least one indicator.
     */
    public void approve(MethodologyOwner owner, String by, String reference, Instant now) {
        requireDraft();
        if (!owner.develops(direction())) {
            throw new RuleViolation("methodology.owner.notYours", direction);
        }
        if (criteria.isEmpty() || criteria.stream().anyMatch(c -> c.indicators().isEmpty())) {
            throw new RuleViolation("methodology.publish.incomplete");
        }
        if (approvals.stream().anyMatch(a -> a.owner() == owner)) {
            throw new RuleViolation("methodology.approved.already", direction);
        }
        approvals.add(new MethodologyApproval(this, owner, by, now, reference));
    }

    /**
     * ¶16: the ministry agrees the draft every owner approved, which publishes it for its year. The one who agrees
     * is not one who approved: for direction 1 (¶23), where the ministry is also the owner, two officials act.
     */
    public void agree(String by, Instant now) {
        requireDraft();
        if (!awaitingAgreement()) {
            throw new RuleViolation("methodology.approval.missing", direction);
        }
        if (approvals.stream().anyMatch(a -> a.approvedBy().equals(by))) {
            throw new RuleViolation("methodology.agree.samePerson");
        }
        agreedBy = by;
        agreedAt = now;
        status = MethodologyStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
    }

    /** The ministry does not agree and sends the draft back to its owners: every approval is withdrawn. */
    public void returnToOwners() {
        requireDraft();
        if (approvals.isEmpty()) {
            throw new RuleViolation("methodology.return.nothing", direction);
        }
        approvals.clear();
    }

    /** Whether every owner of the direction has approved this draft, so only the ministry's agreement is missing. */
    public boolean awaitingAgreement() {
        return !isPublished() && missingApprovals().isEmpty();
    }

    public Set<MethodologyOwner> missingApprovals() {
        Set<MethodologyOwner> missing = MethodologyOwner.of(direction());
        approvals.forEach(a -> missing.remove(a.owner()));
        return missing;
    }

    private void requireDraft() {
        if (status == MethodologyStatus.PUBLISHED) {
            throw new RuleViolation("methodology.published.immutable", direction, year, version);
        }
    }

    private void requireEditable() {
        requireDraft();
        approvals.clear();
    }

    private Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new RuleViolation("methodology.criterion.unknown", code));
    }

    public Stream<Indicator> indicators() {
        return criteria.stream().flatMap(c -> c.indicators().stream());
    }

    public Optional<Indicator> indicator(long indicatorId) {
        return indicators().filter(i -> i.id() != null && i.id() == indicatorId).findFirst();
    }

    public Long id() {
        return id;
    }

    public Direction direction() {
        return Direction.of(direction);
    }

    public int year() {
        return year;
    }

    public int version() {
        return version;
    }

    public MethodologyStatus status() {
        return status;
    }

    public boolean isPublished() {
        return status == MethodologyStatus.PUBLISHED;
    }

    public BigDecimal weight() {
        return weight;
    }

    public String approvalRef() {
        return approvalRef;
    }

    public Long previousVersionId() {
        return previousVersionId;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public List<MethodologyApproval> approvals() {
        return List.copyOf(approvals);
    }

    public String agreedBy() {
        return agreedBy;
    }

    public Instant agreedAt() {
        return agreedAt;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }
}
