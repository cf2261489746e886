package kz.bagalau.evaluation.domain;

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
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.methodology.domain.RatingScale;
import kz.bagalau.methodology.domain.ScoringEngine;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The evaluation of one body for one evaluated year: one direction evaluation per direction that applies to
 * the body (direction 7 for akimats only, ¶40-1), each routed to its authorised evaluator (¶10), and the
 * total as the weighted mean of the direction scores, with its rating.
 */
@Entity
@Table(name = "evaluation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "body_id", nullable = false)
    private long bodyId;

    @Column(name = "total_score")
    private BigDecimal totalScore;

    @Enumerated(EnumType.STRING)
    @Column(name = "rating")
    private Rating rating;

    @Column(name = "counted_total")
    private BigDecimal countedTotal;

    @Enumerated(EnumType.STRING)
    @Column(name = "counted_rating")
    private Rating countedRating;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "predecessor_note")
    private String predecessorNote;

    @Version
    private long version;

    @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("direction")
    private List<DirectionEvaluation> directions = new ArrayList<>();

    protected Evaluation() {
        // for JPA
    }

    /**
     * Opens the year's evaluation of a body with the methodologies in force for the year.
     *
     * @param methodologies the version in force per direction; a direction that applies to the body but has
     *                      no published methodology cannot be evaluated yet
     */
    public static Evaluation open(int year, long bodyId, BodyType type, EvaluatorFunction function,
                                  Map<Direction, Methodology> methodologies, Instant now) {
        Evaluation e = new Evaluation();
        e.year = year;
        e.bodyId = bodyId;
        e.createdAt = now;
        for (Direction d : Direction.values()) {
            if (!d.appliesTo(type)) {
                continue;
            }
            Methodology m = methodologies.get(d);
            if (m == null || !m.isPublished()) {
                throw new RuleViolation("evaluation.methodology.missing", d.number(), year);
            }
            e.directions.add(new DirectionEvaluation(e, m, type, EvaluatorRouting.evaluatorOf(d, function)));
        }
        return e;
    }

    /**
     * Recomputes the total once every direction has a score: the weighted mean by the directions'
     * methodology weights, renormalised over the directions that apply (¶15, ¶40-1).
     */
    public void rescore(Map<Direction, BigDecimal> weights, RatingScale scale, Instant now) {
        if (directions.stream().anyMatch(d -> d.score() == null)) {
            totalScore = null;
            rating = null;
            return;
        }
        totalScore = ScoringEngine.total(directions.stream()
                .map(d -> new ScoringEngine.WeightedScore(d.score(), weights.get(d.direction()))).toList());
        rating = scale.rate(totalScore);
        scoredAt = now;
    }

    /**
     * ¶60-1..¶60-3: records what happened to a reorganised or liquidated predecessor (or to this body, when
     * its results pass to its successor); notes accumulate, one per line.
     */
    public void notePredecessor(String note) {
        predecessorNote = predecessorNote == null ? note : predecessorNote + "\n" + note;
    }

    public String predecessorNote() {
        return predecessorNote;
    }

    /** The codes of the bodies noted on this evaluation under {@code rule} (¶60-1..¶60-3). */
    public List<String> predecessorsUnder(ReorganisationRule rule) {
        return PredecessorNote.parse(predecessorNote).stream().filter(n -> n.rule() == rule)
                .map(PredecessorNote::predecessorCode).toList();
    }

    public Optional<DirectionEvaluation> direction(Direction d) {
        return directions.stream().filter(x -> x.direction() == d).findFirst();
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public long bodyId() {
        return bodyId;
    }

    /**
     * ¶60-1: the total that counts for the body: its own, or, where predecessors reorganised in the first half of
     * the year are evaluated within it, the total counted with them.
     */
    public BigDecimal totalScore() {
        return countedTotal != null ? countedTotal : totalScore;
    }

    public Rating rating() {
        return countedRating != null ? countedRating : rating;
    }

    /** The total of the body's own directions, whatever it counts with (¶60-1). */
    public BigDecimal ownTotal() {
        return totalScore;
    }

    /**
     * ¶60-1: counts the predecessors evaluated within this body's evaluation in its total; null (a predecessor not
     * scored yet) counts only the body's own until they are.
     */
    public void countWithPredecessors(BigDecimal total, Rating totalRating) {
        countedTotal = total;
        countedRating = total == null ? null : totalRating;
    }

    public Instant scoredAt() {
        return scoredAt;
    }

    public List<DirectionEvaluation> directions() {
        return List.copyOf(directions);
    }
}
