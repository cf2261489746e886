package kz.bagalau.registry.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodyStatusChange;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyDetails;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.PrimeFaces;

/**
 * The registry page: the region's bodies in a filterable table, and for the region's administrators the
 * dialogs to register, correct, reorganise / liquidate and remove a body. Every refusal is shown in the
 * user's language and leaves the dialog open with what was typed.
 */
@Named
@ViewScoped
public class BodiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BodyRegistry registry;


    private List<BodySummary> bodies;

    private Long editId;
    private long editVersion;
    private String code;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private BodyType type = BodyType.REGIONAL_DEPARTMENT;
    private EvaluatorFunction evaluatorFunction = EvaluatorFunction.NONE;
    private String headName;
    private String email;

    private Long statusBodyId;
    private long statusVersion;
    private BodyStatus status;
    private LocalDate statusDate;
    private Long successorId;

    @Inject
    private RegistryRights rights;

    @PostConstruct
    void load() {
        bodies = registry.list();
    }

    public boolean isCanEdit() {
        return rights.isCanManage();
    }

    public void startNew() {
        editId = null;
        editVersion = 0;
        code = nameKk = nameRu = nameEn = headName = email = null;
        type = BodyType.REGIONAL_DEPARTMENT;
        evaluatorFunction = EvaluatorFunction.NONE;
    }

    public void startEdit(BodySummary body) {
        editId = body.id();
        editVersion = body.version();
        code = body.code();
        nameKk = body.nameKk();
        nameRu = body.nameRu();
        nameEn = body.nameEn();
        type = body.type();
        evaluatorFunction = body.evaluatorFunction();
        headName = body.headName();
        email = body.email();
    }

    public void save() {
        try {
            BodyDetails details = new BodyDetails(code, new LocalizedText(nameKk, nameRu, nameEn), type,
                    evaluatorFunction, headName, email);
            BodySummary saved = editId == null ? registry.register(details)
                    : registry.revise(editId, editVersion, details);
            FacesMessages.info(editId == null ? "bodies.registered" : "bodies.saved", saved.code());
            load();
            PrimeFaces.current().executeScript("PF('bodyDialog').hide()");
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void startStatus(BodySummary body) {
        statusBodyId = body.id();
        statusVersion = body.version();
        status = body.status() == BodyStatus.ACTIVE ? BodyStatus.REORGANISED : body.status();
        statusDate = body.statusDate();
        successorId = body.successorId();
    }

    public void saveStatus() {
        try {
            BodySummary saved = registry.changeStatus(statusBodyId, statusVersion,
                    new BodyStatusChange(status, status == BodyStatus.ACTIVE ? null : statusDate,
                            status == BodyStatus.ACTIVE ? null : successorId));
            FacesMessages.info("bodies.saved", saved.code());
            load();
            PrimeFaces.current().executeScript("PF('statusDialog').hide()");
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void remove(BodySummary body) {
        try {
            registry.remove(body.id(), body.version());
            FacesMessages.info("bodies.removed", body.code());
            load();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public List<BodySummary> getSuccessorCandidates() {
        return bodies.stream()
                .filter(b -> b.status() == BodyStatus.ACTIVE && (statusBodyId == null || b.id() != statusBodyId))
                .toList();
    }

    public BodyType[] getTypes() {
        return BodyType.values();
    }

    public EvaluatorFunction[] getFunctions() {
        return EvaluatorFunction.values();
    }

    public BodyStatus[] getStatuses() {
        return BodyStatus.values();
    }

    public List<BodySummary> getBodies() {
        return bodies;
    }

    public boolean isEditing() {
        return editId != null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public BodyType getType() {
        return type;
    }

    public void setType(BodyType type) {
        this.type = type;
    }

    public EvaluatorFunction getEvaluatorFunction() {
        return evaluatorFunction;
    }

    public void setEvaluatorFunction(EvaluatorFunction evaluatorFunction) {
        this.evaluatorFunction = evaluatorFunction;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public BodyStatus getStatus() {
        return status;
    }

    public void setStatus(BodyStatus status) {
        this.status = status;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public Long getSuccessorId() {
        return successorId;
    }

    public void setSuccessorId(Long successorId) {
        this.successorId = successorId;
    }
}
