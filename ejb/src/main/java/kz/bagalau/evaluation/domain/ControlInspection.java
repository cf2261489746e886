package kz.bagalau.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** ¶43: the result of another control body's inspection, attached by the evaluator to a body's direction. */
@Entity
@Table(name = "control_inspection")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ControlInspection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direction_evaluation_id", nullable = false)
    private long directionEvaluationId;

    @Column(name = "control_body", nullable = false)
    private String controlBody;

    @Column(name = "inspected_on", nullable = false)
    private LocalDate inspectedOn;

    @Column(name = "summary", nullable = false)
    private String summary;

    @Column(name = "file_id")
    private Long fileId;

    @Column(name = "value_ids")
    private String valueIds;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ControlInspection() {
        // for JPA
    }

    public ControlInspection(long directionEvaluationId, String controlBody, LocalDate inspectedOn, String summary,
                             Long fileId, String by, Instant now) {
        this(directionEvaluationId, controlBody, inspectedOn, summary, fileId, List.of(), by, now);
    }

    /** ¶43: {@code affectedValues} are the figures of the direction the inspection's result bears on. */
    public ControlInspection(long directionEvaluationId, String controlBody, LocalDate inspectedOn, String summary,
                             Long fileId, List<Long> affectedValues, String by, Instant now) {
        if (controlBody == null || controlBody.isBlank() || summary == null || summary.isBlank() || inspectedOn == null) {
            throw new RuleViolation("inspection.incomplete");
        }
        this.directionEvaluationId = directionEvaluationId;
        this.controlBody = controlBody.strip();
        this.inspectedOn = inspectedOn;
        this.summary = summary.strip();
        this.fileId = fileId;
        this.valueIds = affectedValues.isEmpty() ? null
                : affectedValues.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        this.recordedBy = by;
        this.recordedAt = now;
    }

    /** ¶43: the figures this inspection's result bears on. */
    public List<Long> affectedValues() {
        return valueIds == null || valueIds.isBlank() ? List.of()
                : Arrays.stream(valueIds.split(",")).map(Long::valueOf).toList();
    }

    public Long id() {
        return id;
    }

    public long directionEvaluationId() {
        return directionEvaluationId;
    }

    public String controlBody() {
        return controlBody;
    }

    public LocalDate inspectedOn() {
        return inspectedOn;
    }

    public String summary() {
        return summary;
    }

    public Long fileId() {
        return fileId;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
