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
import java.util.stream.Stream;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * The methodology of one direction for one evaluated year, in one version (¶16). The ministry edits a draft
 * and publishes it; from then on it is immutable and a change is a new version ({@link #nextDraft}). The
 * direction's weight is its share in a body's total score.
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
        requireDraft();
        if (criteria.stream().anyMatch(c -> c.code().equals(code))) {
            throw new RuleViolation("methodology.code.taken", code);
        }
        Criterion criterion = new Criterion(this, code, name, weight, criteria.size() + 1);
        criteria.add(criterion);
        return criterion;
    }

    public Indicator addIndicator(String criterionCode, IndicatorDefinition definition) {
        requireDraft();
        if (indicators().anyMatch(i -> i.code().equals(definition.code()))) {
            throw new RuleViolation("methodology.code.taken", definition.code());
        }
        return criterion(criterionCode).add(definition);
    }

    /** Replaces an indicator's definition; its code may not collide with another indicator's. */
    public void reviseIndicator(long indicatorId, IndicatorDefinition definition) {
        requireDraft();
        Indicator indicator = indicator(indicatorId)
                .orElseThrow(() -> new RuleViolation("methodology.indicator.unknown", indicatorId));
        if (indicators().anyMatch(i -> i != indicator && i.code().equals(definition.code()))) {
            throw new RuleViolation("methodology.code.taken", definition.code());
        }
        indicator.apply(definition);
    }

    public void removeIndicator(long indicatorId) {
        requireDraft();
        Indicator indicator = indicator(indicatorId)
                .orElseThrow(() -> new RuleViolation("methodology.indicator.unknown", indicatorId));
        indicator.criterion().remove(indicator);
    }

    public void reweigh(BigDecimal newWeight) {
        requireDraft();
        if (newWeight == null || newWeight.signum() <= 0) {
            throw new RuleViolation("methodology.weight.positive", "direction " + direction);
        }
        weight = newWeight;
    }

    /** Publishes the draft for its year; it must have at least one criterion and every criterion an indicator. */
    public void publish(String by, Instant now) {
        requireDraft();
        if (criteria.isEmpty() || criteria.stream().anyMatch(c -> c.indicators().isEmpty())) {
            throw new RuleViolation("methodology.publish.incomplete");
        }
        status = MethodologyStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
    }

    private void requireDraft() {
        if (status == MethodologyStatus.PUBLISHED) {
            throw new RuleViolation("methodology.published.immutable", direction, year, version);
        }
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

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }
}
