package kz.bagalau.evaluation.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.ScoringEngine;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One direction of one body's evaluation: the values the body reports (¶41), their verification by the
 * authorised evaluator of that direction (¶42) and the score. Guards the order: the body edits only a draft;
 * after submission only the evaluator acts, and can send the data back with a recorded reason.
 */
@Entity
@Table(name = "direction_evaluation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class DirectionEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @Column(name = "direction", nullable = false)
    private int direction;

    @Column(name = "methodology_id", nullable = false)
    private long methodologyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluator_role", nullable = false)
    private Role evaluatorRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false)
    private DirectionState state = DirectionState.DRAFT;

    @Column(name = "score")
    private BigDecimal score;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "reopen_reason")
    private String reopenReason;

    @Column(name = "reopened_at")
    private Instant reopenedAt;

    @Column(name = "reopened_by")
    private String reopenedBy;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    @Column(name = "finalised_by")
    private String finalisedBy;

    @Version
    private long version;

    @OneToMany(mappedBy = "direction", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<IndicatorValue> values = new ArrayList<>();

    protected DirectionEvaluation() {
        // for JPA
    }

    DirectionEvaluation(Evaluation evaluation, Methodology methodology, BodyType type, Role evaluatorRole) {
        this.evaluation = evaluation;
        this.direction = methodology.direction().number();
        this.methodologyId = methodology.id();
        this.evaluatorRole = evaluatorRole;
        methodology.indicators().filter(i -> i.appliesTo(type))
                .forEach(i -> values.add(new IndicatorValue(this, i.id(), i.sourceType())));
    }

    /** ¶41: the body's figures, saved as a draft; only while the direction is a draft. */
    public void report(Map<Long, ReportedValue> byIndicator, String by, Instant now) {
        if (!canReport()) {
            throw new RuleViolation("reporting.locked", direction);
        }
        byIndicator.forEach((indicatorId, value) -> value(indicatorId).report(value, by, now));
    }

    /**
     * Submits the direction: every applicable indicator reported, targets given where the indicator has
     * them, values inside their ranges, and a document attached where the methodology requires one.
     *
     * @param valuesWithEvidence ids of the values that have at least one evidence file
     * @throws ValidationFailed listing every missing or wrong figure
     */
    public void submit(Methodology methodology, Set<Long> valuesWithEvidence, String by, Instant now) {
        if (!canReport()) {
            throw new RuleViolation("reporting.locked", direction);
        }
        List<ValidationFailed.Problem> problems = new ArrayList<>();
        for (IndicatorValue v : values) {
            Indicator i = methodology.indicator(v.indicatorId()).orElseThrow();
            SubmissionCheck.check(i, v, valuesWithEvidence.contains(v.id()), problems);
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailed("reporting.submit.refused", problems);
        }
        state = DirectionState.SUBMITTED;
        submittedAt = now;
        submittedBy = by;
    }

    /** The evaluator sends the data back to the body for changes, with a reason that is recorded. */
    public void reopen(String reason, String by, Instant now) {
        if (!canReopen()) {
            throw new RuleViolation("evaluation.reopen.state", direction);
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("evaluation.reopen.reason");
        }
        state = DirectionState.DRAFT;
        reopenReason = reason.strip();
        reopenedAt = now;
        reopenedBy = by;
        score = null;
        scoredAt = null;
    }

    /** ¶42: the evaluator's decision on one value; the first one starts the evaluation. */
    public void verify(long valueId, Verification decision, BigDecimal correctedActual, BigDecimal correctedTarget,
                       String reason, String by, Instant now) {
        if (!canVerify()) {
            throw new RuleViolation("evaluation.verify.state", direction);
        }
        IndicatorValue v = getValue(valueId);
        v.verify(decision, correctedActual, correctedTarget, reason, by, now);
        if (state == DirectionState.SUBMITTED) {
            state = DirectionState.UNDER_EVALUATION;
        }
    }

    /**
     * Computes the score from the verified values with the methodology this direction was opened with; only
     * while the evaluator reviews the figures (in evaluation, or re-checking after an appeal, ¶57-¶59): a
     * concluded or final result is never rescored behind the body's back.
     */
    public ScoringEngine.DirectionResult score(Methodology methodology, BodyType type, Instant now) {
        if (!canScore()) {
            throw new RuleViolation("scoring.state", direction);
        }
        if (methodology.id() != methodologyId) {
            throw new IllegalArgumentException("Scored with another methodology than the pinned one");
        }
        ScoringEngine.DirectionResult result = ScoringEngine.score(methodology, type, ScoredInputs.of(methodology, values))
                .orElseThrow(() -> new RuleViolation("scoring.direction.empty", direction));
        Map<String, IndicatorValue> byCode = new HashMap<>();
        values.forEach(v -> byCode.put(methodology.indicator(v.indicatorId()).orElseThrow().code(), v));
        result.criteria().forEach(c -> c.indicators().forEach(r -> byCode.get(r.code()).recordScore(r.fraction(), r.points())));
        score = result.score();
        scoredAt = now;
        return result;
    }

    /** The conclusion went to the body (¶45-2); requires every value verified and the score computed. */
    public void markConclusionSent() {
        long pending = pendingValues();
        if (pending > 0) {
            throw new RuleViolation("conclusion.values.pending", pending);
        }
        if (score == null) {
            throw new RuleViolation("conclusion.score.missing");
        }
        if (!canDraftConclusion()) {
            throw new RuleViolation("conclusion.send.state", direction);
        }
        state = DirectionState.CONCLUSION_SENT;
    }

    /** ¶55: an appeal with supporting documents puts the sent conclusion under re-check. */
    public void putUnderAppeal() {
        advance(DirectionState.CONCLUSION_SENT, DirectionState.APPEALED);
    }

    /** ¶58: a rejected appeal leaves the sent conclusion as it was. */
    public void keepAfterRejectedAppeal() {
        advance(DirectionState.APPEALED, DirectionState.CONCLUSION_SENT);
    }

    /**
     * ¶60: the commission's working body re-opens a concluded result (sent, or final) for the evaluator to
     * re-check; returns the state to resume from. An appealed direction is under re-check already.
     */
    public DirectionState reopenForRecheck() {
        DirectionState was = state;
        if (!canBeRechecked()) {
            throw new RuleViolation("recheck.state", direction);
        }
        state = DirectionState.UNDER_EVALUATION;
        return was;
    }

    /**
     * ¶60: the re-check is closed; the direction returns to where it was when it was opened (sent or final),
     * from the re-check itself or from the corrected conclusion it produced.
     */
    public void resumeAfterRecheck(DirectionState resumeState) {
        if (resumeState != DirectionState.CONCLUSION_SENT && resumeState != DirectionState.FINAL) {
            throw new RuleViolation("recheck.resume.state", direction, resumeState.name());
        }
        if (state != DirectionState.UNDER_EVALUATION && state != DirectionState.CONCLUSION_SENT) {
            throw new RuleViolation("recheck.state", direction);
        }
        state = resumeState;
    }

    /** ¶46: the evaluator passes the final (if appealed, corrected) conclusion to the planning body. */
    public void finalise(String by, Instant now) {
        advance(DirectionState.CONCLUSION_SENT, DirectionState.FINAL);
        finalisedBy = by;
        finalisedAt = now;
    }

    private void advance(DirectionState from, DirectionState to) {
        if (state != from) {
            throw new RuleViolation("cycle.direction.state", direction, state.name(), to.name());
        }
        state = to;
    }

    /** ¶41: the body may still enter and change its figures and documents. */
    public boolean canReport() {
        return state.editableByBody();
    }

    /** ¶42: the evaluator may accept, correct or reject figures. */
    public boolean canVerify() {
        return state.underReview();
    }

    /** The evaluator may compute the score from the verified figures. */
    public boolean canScore() {
        return state.underReview();
    }

    /** The evaluator may send the data back to the body for changes, before any conclusion went out. */
    public boolean canReopen() {
        return state.inEvaluation();
    }

    /** ¶47, ¶59: the evaluator may draft (or correct) and send the conclusion. */
    public boolean canDraftConclusion() {
        return state.underReview();
    }

    /** ¶46: the sent conclusion may go to the planning body as final, once the cycle allows it. */
    public boolean canFinalise() {
        return state == DirectionState.CONCLUSION_SENT;
    }

    /** ¶55: the body may appeal the sent conclusion (the cycle also checks the window). */
    public boolean canAppeal() {
        return state == DirectionState.CONCLUSION_SENT;
    }

    /** ¶60: a concluded, not appealed result may be re-checked. */
    public boolean canBeRechecked() {
        return state == DirectionState.CONCLUSION_SENT || state == DirectionState.FINAL;
    }

    /** ¶46: the final result the general evaluation is built from. */
    public boolean isFinal() {
        return state == DirectionState.FINAL;
    }

    public long pendingValues() {
        return values.stream().filter(v -> v.verification() == Verification.PENDING).count();
    }

    public IndicatorValue value(long indicatorId) {
        return values.stream().filter(v -> v.indicatorId() == indicatorId).findFirst()
                .orElseThrow(() -> new RuleViolation("reporting.indicator.unknown", indicatorId));
    }

    public Optional<IndicatorValue> findValue(long valueId) {
        return values.stream().filter(v -> v.id() != null && v.id() == valueId).findFirst();
    }

    /** @throws NotFoundException when the value is not one of this direction's */
    public IndicatorValue getValue(long valueId) {
        return findValue(valueId).orElseThrow(() -> new NotFoundException("Indicator value", valueId));
    }

    public Long id() {
        return id;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    public Direction direction() {
        return Direction.of(direction);
    }

    public long methodologyId() {
        return methodologyId;
    }

    public Role evaluatorRole() {
        return evaluatorRole;
    }

    public DirectionState state() {
        return state;
    }

    public BigDecimal score() {
        return score;
    }

    public Instant scoredAt() {
        return scoredAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String reopenReason() {
        return reopenReason;
    }

    public Instant reopenedAt() {
        return reopenedAt;
    }

    public String reopenedBy() {
        return reopenedBy;
    }

    public Instant finalisedAt() {
        return finalisedAt;
    }

    public String finalisedBy() {
        return finalisedBy;
    }

    public long version() {
        return version;
    }

    public List<IndicatorValue> values() {
        return List.copyOf(values);
    }
}
