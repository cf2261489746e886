package kz.bagalau.methodology.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
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
import jakarta.persistence.Transient;
import java.math.BigDecimal;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.LocalizedText;

/**
 * One indicator of a criterion: what is measured, in which unit, which way is better, how it is scored, where
 * the figure must come from (¶4) and whether a document must back it.
 */
@Entity
@Table(name = "methodology_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "criterion_id")
    private Criterion criterion;

    @Column(name = "code", nullable = false)
    private String code;

    @Embedded
    private LocalizedText name;

    @Column(name = "description_kk")
    private String descriptionKk;

    @Column(name = "description_ru")
    private String descriptionRu;

    @Column(name = "description_en")
    private String descriptionEn;

    @Column(name = "unit", nullable = false)
    private String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "polarity", nullable = false)
    private Polarity polarity;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_type", nullable = false)
    private RuleType ruleType;

    @Column(name = "rule_params", nullable = false)
    private String ruleParams;

    @Column(name = "has_target", nullable = false)
    private boolean hasTarget;

    @Column(name = "weight", nullable = false)
    private BigDecimal weight;

    @Column(name = "max_points", nullable = false)
    private BigDecimal maxPoints;

    @Column(name = "source_type", nullable = false)
    private int sourceType;

    @Column(name = "evidence_required", nullable = false)
    private boolean evidenceRequired;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", nullable = false)
    private Applicability appliesTo;

    @Column(name = "min_value")
    private BigDecimal minValue;

    @Column(name = "max_value")
    private BigDecimal maxValue;

    @Column(name = "position", nullable = false)
    private int position;

    @Transient
    private ScoringRule rule;

    protected Indicator() {
        // for JPA
    }

    Indicator(Criterion criterion, IndicatorDefinition d, int position) {
        this.criterion = criterion;
        this.position = position;
        apply(d);
    }

    void apply(IndicatorDefinition d) {
        this.code = d.code();
        this.name = d.name();
        this.descriptionKk = d.descriptionKk();
        this.descriptionRu = d.descriptionRu();
        this.descriptionEn = d.descriptionEn();
        this.unit = d.unit().strip();
        this.polarity = d.polarity();
        this.ruleType = d.rule().type();
        this.ruleParams = d.rule().toJson();
        this.rule = d.rule();
        this.hasTarget = d.hasTarget();
        this.weight = d.weight();
        this.maxPoints = d.maxPoints();
        this.sourceType = d.sourceType().number();
        this.evidenceRequired = d.evidenceRequired();
        this.appliesTo = d.appliesTo();
        this.minValue = d.minValue();
        this.maxValue = d.maxValue();
    }

    /** The definition, as a value to copy into a new version or to edit. */
    public IndicatorDefinition definition() {
        return new IndicatorDefinition(code, name, descriptionKk, descriptionRu, descriptionEn, unit, polarity, rule(),
                hasTarget, weight, maxPoints, sourceType(), evidenceRequired, appliesTo, minValue, maxValue);
    }

    public ScoringRule rule() {
        if (rule == null) {
            rule = ScoringRules.parse(ruleType, ruleParams);
        }
        return rule;
    }

    public boolean appliesTo(BodyType type) {
        return appliesTo.includes(type);
    }

    public Long id() {
        return id;
    }

    public Criterion criterion() {
        return criterion;
    }

    public String code() {
        return code;
    }

    public LocalizedText name() {
        return name;
    }

    public String description(java.util.Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> descriptionRu;
            case "en" -> descriptionEn;
            default -> descriptionKk;
        };
    }

    public String unit() {
        return unit;
    }

    public Polarity polarity() {
        return polarity;
    }

    public RuleType ruleType() {
        return ruleType;
    }

    public boolean hasTarget() {
        return hasTarget;
    }

    public BigDecimal weight() {
        return weight;
    }

    public BigDecimal maxPoints() {
        return maxPoints;
    }

    public SourceType sourceType() {
        return SourceType.of(sourceType);
    }

    public boolean evidenceRequired() {
        return evidenceRequired;
    }

    public Applicability appliesTo() {
        return appliesTo;
    }

    public BigDecimal minValue() {
        return minValue;
    }

    public BigDecimal maxValue() {
        return maxValue;
    }

    public int position() {
        return position;
    }
}
