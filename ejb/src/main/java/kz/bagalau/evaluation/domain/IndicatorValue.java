package kz.bagalau.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.methodology.domain.IndicatorInputs;
import kz.bagalau.methodology.domain.ScoringEngine;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One indicator's figure in one body's direction: as reported, and as the evaluator verified it (¶42), with
 * the points it earned. The figure's source (¶4) is always recorded (¶9.3).
 */
@Entity
@Table(name = "indicator_value")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class IndicatorValue {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "direction_evaluation_id")
    private DirectionEvaluation direction;

    @Column(name = "indicator_id", nullable = false)
    private long indicatorId;

    @Column(name = "actual")
    private BigDecimal actual;

    @Column(name = "target")
    private BigDecimal target;

    @Column(name = "inputs")
    private String inputs;

    @Column(name = "comment")
    private String comment;

    @Column(name = "survey_org")
    private String surveyOrganisation;

    @Column(name = "survey_date")
    private LocalDate surveyDate;

    @Column(name = "survey_sample")
    private Integer surveySample;

    @Column(name = "source_type", nullable = false)
    private int sourceType;

    @Column(name = "verification", nullable = false)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Verification verification = Verification.PENDING;

    @Column(name = "verified_actual")
    private BigDecimal verifiedActual;

    @Column(name = "verified_target")
    private BigDecimal verifiedTarget;

    @Column(name = "verification_reason")
    private String verificationReason;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "points")
    private BigDecimal points;

    @Column(name = "fraction")
    private BigDecimal fraction;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected IndicatorValue() {
        // for JPA
    }

    IndicatorValue(DirectionEvaluation direction, long indicatorId, SourceType defaultSource) {
        this.direction = direction;
        this.indicatorId = indicatorId;
        this.sourceType = defaultSource.number();
    }

    /** The body's figure; a changed figure needs verifying again. */
    void report(ReportedValue value, String by, Instant now) {
        this.actual = value.actual();
        this.target = value.target();
        this.inputs = InputsJson.write(value.inputs());
        this.comment = value.comment();
        this.sourceType = value.sourceType().number();
        // ¶34: a survey's figure keeps the survey it names; an upload that gives none keeps the one stated before.
        SurveyDetails survey = value.sourceType() != SourceType.SOCIOLOGICAL_SURVEYS ? null
                : value.survey() != null ? value.survey() : survey().orElse(null);
        this.surveyOrganisation = survey == null ? null : survey.organisation();
        this.surveyDate = survey == null ? null : survey.conductedOn();
        this.surveySample = survey == null ? null : survey.sample();
        this.verification = Verification.PENDING;
        this.verifiedActual = null;
        this.verifiedTarget = null;
        this.verificationReason = null;
        this.verifiedBy = null;
        this.verifiedAt = null;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** ¶42: accept, correct with a reason, or reject with a reason. */
    void verify(Verification decision, BigDecimal correctedActual, BigDecimal correctedTarget, String reason,
                String by, Instant now) {
        String why = PlainText.check(reason, ReportedValue.MAX_COMMENT, "label.verification.reason");
        switch (decision) {
            case ACCEPTED -> {
                verifiedActual = null;
                verifiedTarget = null;
            }
            case CORRECTED -> {
                if (why == null || correctedActual == null) {
                    throw new RuleViolation("verification.correction.incomplete");
                }
                verifiedActual = correctedActual;
                verifiedTarget = correctedTarget == null ? target : correctedTarget;
            }
            case REJECTED -> {
                if (why == null) {
                    throw new RuleViolation("verification.reason.required");
                }
                verifiedActual = null;
                verifiedTarget = null;
            }
            default -> throw new RuleViolation("verification.decision.required");
        }
        this.verification = decision;
        this.verificationReason = why;
        this.verifiedBy = by;
        this.verifiedAt = now;
    }

    /** The input the scoring engine uses: the verified figure where the evaluator corrected it. */
    public ScoringEngine.ScoredInput scoredInput() {
        if (verification == Verification.REJECTED) {
            return ScoringEngine.ScoredInput.rejectedValue();
        }
        boolean corrected = verification == Verification.CORRECTED;
        return ScoringEngine.ScoredInput.of(new IndicatorInputs(corrected ? verifiedActual : actual,
                corrected ? verifiedTarget : target, inputs()));
    }

    void recordScore(double earnedFraction, double earnedPoints) {
        this.fraction = BigDecimal.valueOf(earnedFraction).setScale(6, java.math.RoundingMode.HALF_UP);
        this.points = BigDecimal.valueOf(earnedPoints).setScale(4, java.math.RoundingMode.HALF_UP);
    }

    public boolean isReported() {
        return actual != null || !inputs().isEmpty();
    }

    public Long id() {
        return id;
    }

    public DirectionEvaluation direction() {
        return direction;
    }

    public long indicatorId() {
        return indicatorId;
    }

    public BigDecimal actual() {
        return actual;
    }

    public BigDecimal target() {
        return target;
    }

    public Map<String, BigDecimal> inputs() {
        return InputsJson.read(inputs);
    }

    public String comment() {
        return comment;
    }

    /** ¶34: the survey a figure of source 7 comes from, once the body stated it. */
    public Optional<SurveyDetails> survey() {
        return surveyOrganisation == null ? Optional.empty()
                : Optional.of(new SurveyDetails(surveyOrganisation, surveyDate, surveySample));
    }

    public SourceType sourceType() {
        return SourceType.of(sourceType);
    }

    public Verification verification() {
        return verification;
    }

    public BigDecimal verifiedActual() {
        return verifiedActual;
    }

    public BigDecimal verifiedTarget() {
        return verifiedTarget;
    }

    public String verificationReason() {
        return verificationReason;
    }

    public String verifiedBy() {
        return verifiedBy;
    }

    public Instant verifiedAt() {
        return verifiedAt;
    }

    public BigDecimal points() {
        return points;
    }

    public BigDecimal fraction() {
        return fraction;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
