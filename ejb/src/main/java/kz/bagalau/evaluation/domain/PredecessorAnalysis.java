package kz.bagalau.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * ¶60-2: the evaluator's analysis of the work of a body reorganised or liquidated in the second half of the
 * year, taken into account within its successor's evaluation on one direction. Its recommendations become the
 * successor's follow-up items when the successor's conclusion on that direction is sent; until then the
 * evaluator may revise it.
 */
@Entity
@Table(name = "predecessor_analysis")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class PredecessorAnalysis {

    /** An analysis's texts hold at most this many characters each; longer ones are refused, never cut. */
    public static final int MAX_TEXT = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direction_evaluation_id", nullable = false)
    private long directionEvaluationId;

    @Column(name = "predecessor_code", nullable = false)
    private String predecessorCode;

    @Column(name = "analysis", nullable = false)
    private String analysis;

    @Column(name = "recommendations", nullable = false)
    private String recommendations;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected PredecessorAnalysis() {
        // for JPA
    }

    public PredecessorAnalysis(long directionEvaluationId, String predecessorCode, String analysis,
                               String recommendations, String by, Instant now) {
        this.directionEvaluationId = directionEvaluationId;
        this.predecessorCode = predecessorCode;
        revise(analysis, recommendations, by, now);
    }

    /** The evaluator rewrites the analysis and its recommendations (one per line). */
    public void revise(String text, String recommended, String by, Instant now) {
        String a = PlainText.check(text, MAX_TEXT, "label.analysis.text");
        String r = PlainText.check(recommended, MAX_TEXT, "label.analysis.recommendations");
        if (a == null || r == null) {
            throw new RuleViolation("analysis.incomplete");
        }
        analysis = a;
        recommendations = r;
        recordedBy = by;
        recordedAt = now;
    }

    /** The recommendations, one per line, as the successor's follow-up items will read. */
    public List<String> recommendationLines() {
        return Arrays.stream(recommendations.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Long id() {
        return id;
    }

    public long directionEvaluationId() {
        return directionEvaluationId;
    }

    public String predecessorCode() {
        return predecessorCode;
    }

    public String analysis() {
        return analysis;
    }

    public String recommendations() {
        return recommendations;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
