package kz.bagalau.methodology.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.methodology.application.CriterionView;
import kz.bagalau.methodology.application.IndicatorView;
import kz.bagalau.methodology.application.MethodologyAuthoring;
import kz.bagalau.methodology.application.MethodologyCatalog;
import kz.bagalau.methodology.application.MethodologyView;
import kz.bagalau.methodology.domain.Applicability;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.MethodologyOwner;
import kz.bagalau.methodology.domain.MethodologyStatus;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.RuleType;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.PrimeFaces;

/**
 * One methodology version: its criteria and indicators with their rules, for everybody to read (¶17.3: the
 * indicators must be unambiguous to both sides); for the direction's owners, editing and approving while it is
 * a draft; for the ministry, agreeing a draft every owner approved or returning it to them (¶16).
 */
@Named
@ViewScoped
public class MethodologyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MethodologyCatalog catalog;

    @Inject
    private MethodologyAuthoring authoring;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private MethodologyView methodology;
    private IndicatorForm form = IndicatorForm.empty(null);
    private String criterionCode;
    private String criterionNameKk;
    private String criterionNameRu;
    private String criterionNameEn;
    private BigDecimal criterionWeight = BigDecimal.ONE;
    private BigDecimal weight;
    private String approvalReference;
    private String returnReason;

    public void load() {
        if (id == null) {
            throw new kz.bagalau.shared.domain.NotFoundException("Methodology", "(none)");
        }
        methodology = catalog.get(id);
        weight = methodology.weight();
    }

    public boolean isEditable() {
        return methodology.status() == MethodologyStatus.DRAFT && ownsDirection();
    }

    /** An owner of the direction whose approval the draft still waits for. */
    public boolean isApprovable() {
        return methodology.status() == MethodologyStatus.DRAFT && methodology.missingApprovals().stream()
                .anyMatch(o -> currentUser.has(o.role().name()));
    }

    public boolean isMinistry() {
        return currentUser.has(Role.Names.MINISTRY);
    }

    public boolean isAgreeable() {
        return currentUser.has(Role.Names.MINISTRY) && methodology.awaitingAgreement();
    }

    public boolean isReturnable() {
        return currentUser.has(Role.Names.MINISTRY) && methodology.status() == MethodologyStatus.DRAFT
                && !methodology.approvals().isEmpty();
    }

    public void approve() {
        act(() -> authoring.approve(id, approvalReference), "methodology.approvedNow");
    }

    public void agree() {
        act(() -> authoring.agree(id), "methodology.agreedNow");
    }

    public void returnToOwners() {
        act(() -> authoring.returnToOwners(id, returnReason), "methodology.returnedNow");
    }

    private void act(java.util.function.Supplier<MethodologyView> action, String doneKey) {
        try {
            methodology = action.get();
            FacesMessages.info(doneKey, methodology.direction(), methodology.version());
            approvalReference = null;
            returnReason = null;
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    private boolean ownsDirection() {
        return MethodologyOwner.heldBy(r -> currentUser.has(r.name())).stream()
                .anyMatch(o -> o.develops(Direction.of(methodology.direction())));
    }

    public String getApprovalReference() {
        return approvalReference;
    }

    public void setApprovalReference(String approvalReference) {
        this.approvalReference = approvalReference;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public void setReturnReason(String returnReason) {
        this.returnReason = returnReason;
    }

    public void newIndicator(String criterion) {
        form = IndicatorForm.empty(criterion);
    }

    public void editIndicator(CriterionView criterion, IndicatorView indicator) {
        form = IndicatorForm.of(criterion.code(), indicator);
    }

    public void saveIndicator() {
        try {
            methodology = authoring.saveIndicator(id, form.getCriterionCode(), form.getId(), form.definition());
            FacesMessages.info("methodology.saved");
            PrimeFaces.current().executeScript("PF('indicatorDialog').hide()");
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        } catch (IllegalArgumentException | NullPointerException e) {
            FacesMessages.error("methodology.indicator.incomplete");
        }
    }

    public void removeIndicator(long indicatorId) {
        try {
            methodology = authoring.removeIndicator(id, indicatorId);
            FacesMessages.info("methodology.saved");
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void addCriterion() {
        try {
            methodology = authoring.addCriterion(id, criterionCode,
                    new LocalizedText(criterionNameKk, criterionNameRu, criterionNameEn), criterionWeight);
            FacesMessages.info("methodology.saved");
            PrimeFaces.current().executeScript("PF('criterionDialog').hide()");
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void reweigh() {
        try {
            methodology = authoring.reweigh(id, weight);
            FacesMessages.info("methodology.saved");
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public Polarity[] getPolarities() {
        return Polarity.values();
    }

    public RuleType[] getRuleTypes() {
        return RuleType.values();
    }

    public Applicability[] getApplicabilities() {
        return Applicability.values();
    }

    public int[] getSourceTypes() {
        return new int[] {1, 2, 3, 4, 5, 6, 7, 8};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MethodologyView getMethodology() {
        return methodology;
    }

    public IndicatorForm getForm() {
        return form;
    }

    public String getCriterionCode() {
        return criterionCode;
    }

    public void setCriterionCode(String v) {
        criterionCode = v;
    }

    public String getCriterionNameKk() {
        return criterionNameKk;
    }

    public void setCriterionNameKk(String v) {
        criterionNameKk = v;
    }

    public String getCriterionNameRu() {
        return criterionNameRu;
    }

    public void setCriterionNameRu(String v) {
        criterionNameRu = v;
    }

    public String getCriterionNameEn() {
        return criterionNameEn;
    }

    public void setCriterionNameEn(String v) {
        criterionNameEn = v;
    }

    public BigDecimal getCriterionWeight() {
        return criterionWeight;
    }

    public void setCriterionWeight(BigDecimal v) {
        criterionWeight = v;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public void setWeight(BigDecimal weight) {
        this.weight = weight;
    }
}
