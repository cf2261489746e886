package kz.bagalau.evaluation.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import kz.bagalau.evaluation.application.ValueEntry;
import kz.bagalau.evaluation.application.ValueRow;
import kz.bagalau.methodology.domain.SourceType;

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
    private String surveyOrganisation;
    private LocalDate surveyDate;
    private Integer surveySample;

    EditableValue(ValueRow row) {
        this.indicatorId = row.indicatorId();
        this.actual = row.actual();
        this.target = row.target();
        this.inputs.putAll(row.inputs());
        row.extraInputs().forEach(n -> inputs.putIfAbsent(n, null));
        this.comment = row.comment();
        this.sourceType = row.sourceType();
        if (row.survey() != null) {
            this.surveyOrganisation = row.survey().organisation();
            this.surveyDate = row.survey().conductedOn();
            this.surveySample = row.survey().sample();
        }
    }

    /** ¶34: whether the figure comes from a sociological survey, so the form asks which survey. */
    public boolean isFromSurvey() {
        return sourceType == SourceType.SOCIOLOGICAL_SURVEYS.number();
    }

    public String getSurveyOrganisation() {
        return surveyOrganisation;
    }

    public void setSurveyOrganisation(String surveyOrganisation) {
        this.surveyOrganisation = surveyOrganisation;
    }

    public LocalDate getSurveyDate() {
        return surveyDate;
    }

    public void setSurveyDate(LocalDate surveyDate) {
        this.surveyDate = surveyDate;
    }

    public Integer getSurveySample() {
        return surveySample;
    }

    public void setSurveySample(Integer surveySample) {
        this.surveySample = surveySample;
    }

    ValueEntry entry() {
        Map<String, BigDecimal> given = new HashMap<>();
        inputs.forEach((k, v) -> {
            if (v != null) {
                given.put(k, v);
            }
        });
        return new ValueEntry(indicatorId, actual, target, given, comment, sourceType, surveyOrganisation, surveyDate,
                surveySample);
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
