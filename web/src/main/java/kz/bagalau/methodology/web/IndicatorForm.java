package kz.bagalau.methodology.web;

import java.io.Serializable;
import java.math.BigDecimal;
import kz.bagalau.methodology.application.IndicatorView;
import kz.bagalau.methodology.application.UnitGlossary;
import kz.bagalau.methodology.domain.Applicability;
import kz.bagalau.methodology.domain.IndicatorDefinition;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.RuleType;
import kz.bagalau.methodology.domain.ScoringRules;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.web.FacesMessages;

/** The editable fields of the indicator dialog; turned into a checked {@link IndicatorDefinition} on save. */
public class IndicatorForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String criterionCode;
    private String code;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String descriptionKk;
    private String descriptionRu;
    private String descriptionEn;
    private String unit = "%";
    private Polarity polarity = Polarity.HIGHER;
    private RuleType ruleType = RuleType.RATIO;
    private String ruleParams = "{\"target\":100}";
    private boolean hasTarget;
    private BigDecimal weight = BigDecimal.ONE;
    private BigDecimal maxPoints = BigDecimal.TEN;
    private int sourceType = 1;
    private boolean evidenceRequired;
    private Applicability appliesTo = Applicability.ALL;
    private BigDecimal minValue;
    private BigDecimal maxValue;

    static IndicatorForm empty(String criterionCode) {
        IndicatorForm f = new IndicatorForm();
        f.criterionCode = criterionCode;
        return f;
    }

    static IndicatorForm of(String criterionCode, IndicatorView i) {
        IndicatorForm f = new IndicatorForm();
        f.id = i.id();
        f.criterionCode = criterionCode;
        f.code = i.code();
        f.nameKk = i.nameKk();
        f.nameRu = i.nameRu();
        f.nameEn = i.nameEn();
        f.descriptionKk = i.descriptionKk();
        f.descriptionRu = i.descriptionRu();
        f.descriptionEn = i.descriptionEn();
        f.unit = UnitGlossary.nameOf(FacesMessages.locale(), i.unit());
        f.polarity = i.polarity();
        f.ruleType = i.ruleType();
        f.ruleParams = i.ruleParams();
        f.hasTarget = i.hasTarget();
        f.weight = i.weight();
        f.maxPoints = i.maxPoints();
        f.sourceType = i.sourceType();
        f.evidenceRequired = i.evidenceRequired();
        f.appliesTo = i.appliesTo();
        f.minValue = i.minValue();
        f.maxValue = i.maxValue();
        return f;
    }

    /** @throws kz.bagalau.shared.domain.RuleViolation for a bad rule, formula or combination */
    IndicatorDefinition definition() {
        return new IndicatorDefinition(code, new LocalizedText(nameKk, nameRu, nameEn), descriptionKk, descriptionRu,
                descriptionEn, UnitGlossary.codeOf(unit), polarity, ScoringRules.parse(ruleType, ruleParams), hasTarget, weight, maxPoints,
                SourceType.of(sourceType), evidenceRequired, appliesTo, minValue, maxValue);
    }

    public Long getId() {
        return id;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public void setCriterionCode(String v) {
        criterionCode = v;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String v) {
        code = v;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String v) {
        nameKk = v;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String v) {
        nameRu = v;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String v) {
        nameEn = v;
    }

    public String getDescriptionKk() {
        return descriptionKk;
    }

    public void setDescriptionKk(String v) {
        descriptionKk = v;
    }

    public String getDescriptionRu() {
        return descriptionRu;
    }

    public void setDescriptionRu(String v) {
        descriptionRu = v;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String v) {
        descriptionEn = v;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String v) {
        unit = v;
    }

    public Polarity getPolarity() {
        return polarity;
    }

    public void setPolarity(Polarity v) {
        polarity = v;
    }

    public RuleType getRuleType() {
        return ruleType;
    }

    public void setRuleType(RuleType v) {
        ruleType = v;
    }

    public String getRuleParams() {
        return ruleParams;
    }

    public void setRuleParams(String v) {
        ruleParams = v;
    }

    public boolean isHasTarget() {
        return hasTarget;
    }

    public void setHasTarget(boolean v) {
        hasTarget = v;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal v) {
        weight = v;
    }

    public BigDecimal getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(BigDecimal v) {
        maxPoints = v;
    }

    public int getSourceType() {
        return sourceType;
    }

    public void setSourceType(int v) {
        sourceType = v;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean v) {
        evidenceRequired = v;
    }

    public Applicability getAppliesTo() {
        return appliesTo;
    }

    public void setAppliesTo(Applicability v) {
        appliesTo = v;
    }

    public BigDecimal getMinValue() {
        return minValue;
    }

    public void setMinValue(BigDecimal v) {
        minValue = v;
    }

    public BigDecimal getMaxValue() {
        return maxValue;
    }

    public void setMaxValue(BigDecimal v) {
        maxValue = v;
    }
}
