package kz.bagalau.evaluation.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import kz.bagalau.evaluation.application.ValueEntry;
import kz.bagalau.evaluation.application.ValueRow;

/** The editable copy of one indicator row in the reporting form. */
public class EditableValue implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long indicatorId;
    private BigDecimal actual;
    private BigDecimal target;
    private final Map<String, BigDecimal> inputs = new HashMap<>();
    private String comment;
    private int sourceType;
    private boolean confidential;

    EditableValue(ValueRow row) {
        this.indicatorId = row.indicatorId();
        this.actual = row.actual();
        this.target = row.target();
        this.inputs.putAll(row.inputs());
        row.extraInputs().forEach(n -> inputs.putIfAbsent(n, null));
        this.comment = row.comment();
        this.sourceType = row.sourceType();
    }

    ValueEntry entry() {
        Map<String, BigDecimal> given = new HashMap<>();
        inputs.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        return new ValueEntry(indicatorId, actual, target, given, comment, sourceType);
    }

    public BigDecimal getActual() {
        return actual;
    }

    public void setActual(BigDecimal actual) {
        this.actual = actual;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public Map<String, BigDecimal> getInputs() {
        return inputs;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public int getSourceType() {
        return sourceType;
    }

    public void setSourceType(int sourceType) {
        this.sourceType = sourceType;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }
}
