package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import kz.bagalau.cycle.application.AppealService;
import kz.bagalau.cycle.application.AppealWindow;
import kz.bagalau.cycle.application.CycleService;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.ConclusionView;
import kz.bagalau.evaluation.application.PredecessorAnalyses;
import kz.bagalau.evaluation.application.ValueRow;
import kz.bagalau.evaluation.application.VerificationService;
import kz.bagalau.evaluation.application.Workspace;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * The evaluator's workspace for one body's direction: re-check every figure (¶42), attach inspections
 * (¶43), request documents (¶44), send the data back with a reason, score, draft and send the conclusion
 * (¶47), and pass the final conclusion on (¶46). It lives with the cycle because the page joins the
 * evaluation's work with the cycle's steps on the same direction. Reaching a direction of another evaluator,
 * or of another region, is a 404.
 */
@Named
@ViewScoped
public class WorkspaceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PredecessorAnalyses analyses;

    @Inject
    private BodyRegistry registry;

    @Inject
    private VerificationService verification;

    @Inject
    private ConclusionService conclusions;

    @Inject
    private CycleService cycle;

    @Inject
    private AppealService appeals;

    private Long id;
    private Workspace workspace;
    private AppealWindow appealWindow;

    private Long valueId;
    private Verification decision;
    private BigDecimal correctedActual;
    private BigDecimal correctedTarget;
    private String reason;
    private String reopenReason;
    private final InspectionForm inspection = new InspectionForm();
    private final DocumentRequestForm request = new DocumentRequestForm();
    private final PredecessorAnalysisForm analysis = new PredecessorAnalysisForm();
    private transient List<BodySummary> otherBodies;
    private String followupResults;
    private String findings;
    private String recommendations;
    private Long draftLock;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Direction evaluation", "(none)");
        }
        workspace = verification.workspace(id);
        appealWindow = appeals.window(id);
        draftLock = draft().map(ConclusionView::lock).orElse(null);
        // A draft shows as saved; a correction starts from the version sent (¶59, ¶60); a first conclusion of a
        // body given no earlier instructions starts with the explicit statement that none were given (¶45-1, ¶47).
        Optional<ConclusionView> start = draft().or(() -> workspace.conclusions().stream().findFirst());
        start.ifPresentOrElse(c -> {
            followupResults = c.followupResults();
            findings = c.findings();
            recommendations = c.recommendations();
        }, () -> followupResults = workspace.earlierInstructions() ? null
                : Texts.get(FacesMessages.locale(), "conclusion.followup.noneGiven"));
    }

    public Optional<ConclusionView> draft() {
        return workspace.conclusions().stream().filter(c -> !c.sent()).findFirst();
    }

    public ConclusionView getDraftConclusion() {
        return draft().orElse(null);
    }

    public void accept(ValueRow row) {
        act(() -> verification.verify(id, row.valueId(), Verification.ACCEPTED, null, null, null), "verification.saved");
    }

    public void startDecision(ValueRow row, Verification what) {
        valueId = row.valueId();
        decision = what;
        correctedActual = row.actual();
        correctedTarget = row.target();
        reason = null;
    }

    public void decide() {
        if (act(() -> verification.verify(id, valueId, decision, correctedActual, correctedTarget, reason),
                "verification.saved")) {
            PrimeFaces.current().executeScript("PF('decisionDialog').hide()");
        }
    }

    /** ¶46: passes the final conclusion on this direction to the planning body. */
    public void finalise() {
        act(() -> cycle.finalise(id), "cycle.finalisedOne");
    }

    public AppealWindow getAppealWindow() {
        return appealWindow;
    }

    public void acceptPending() {
        act(() -> verification.acceptPending(id), "verification.acceptedAll");
    }

    public void score() {
        act(() -> verification.score(id), "evaluation.scored");
    }

    public void reopen() {
        if (act(() -> verification.reopen(id, reopenReason), "evaluation.reopened")) {
            PrimeFaces.current().executeScript("PF('reopenDialog').hide()");
        }
    }

    public void recordInspection() {
        byte[] file = null;
        String name = null;
        UploadedFile inspectionFile = inspection.getFile();
        if (inspectionFile != null && inspectionFile.getSize() > 0) {
            try (InputStream in = inspectionFile.getInputStream()) {
                file = in.readAllBytes();
                name = inspectionFile.getFileName();
            } catch (IOException e) {
                FacesMessages.error("upload.unreadable", inspectionFile.getFileName());
                return;
            }
        }
        byte[] content = file;
        String fileName = name;
        act(() -> verification.recordInspection(id, inspection.getControlBody(), inspection.getInspectedOn(),
                inspection.getSummary(), inspection.getValues(), fileName, content, false), "inspection.saved");
    }

    public void requestDocuments() {
        if (act(() -> verification.requestDocuments(id, request.getText(), request.getDue(),
                request.getAddressee()), "request.saved")) {
            PrimeFaces.current().executeScript("PF('requestDialog').hide()");
        }
    }

    /** Saves the texts as the draft, unless someone else saved the draft since this page loaded it. */
    public void saveConclusion() {
        act(() -> conclusions.saveDraft(id, draftLock, followupResults, findings, recommendations), "conclusion.saved");
    }

    /** Saves and sends in one act: when sending is refused, the draft is not saved either. */
    public void sendConclusion() {
        act(() -> conclusions.saveAndSend(id, draftLock, followupResults, findings, recommendations),
                "conclusion.sentOk");
    }

    private boolean act(Runnable action, String doneKey) {
        return FacesMessages.attempt(action, doneKey, this::load);
    }

    public Verification[] getDecisions() {
        return new Verification[] {Verification.CORRECTED, Verification.REJECTED};
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Workspace getWorkspace() {
        return workspace;
    }

    public Verification getDecision() {
        return decision;
    }

    public BigDecimal getCorrectedActual() {
        return correctedActual;
    }

    public void setCorrectedActual(BigDecimal v) {
        correctedActual = v;
    }

    public BigDecimal getCorrectedTarget() {
        return correctedTarget;
    }

    public void setCorrectedTarget(BigDecimal v) {
        correctedTarget = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }

    public String getReopenReason() {
        return reopenReason;
    }

    public void setReopenReason(String v) {
        reopenReason = v;
    }

    /** ¶60-2: records the analysis of a second-half predecessor's work within this successor's evaluation. */
    public void recordAnalysis() {
        if (act(() -> analyses.record(id, analysis.getPredecessor(), analysis.getText(),
                analysis.getRecommendations()), "analysis.saved")) {
            analysis.clearTexts();
        }
    }

    public PredecessorAnalysisForm getAnalysis() {
        return analysis;
    }

    public InspectionForm getInspection() {
        return inspection;
    }

    public DocumentRequestForm getRequest() {
        return request;
    }

    /** ¶44: the region's other executive bodies an evaluator may ask for information. */
    public List<BodySummary> getOtherBodies() {
        if (otherBodies == null) {
            long evaluated = workspace.direction().body().id();
            otherBodies = registry.list().stream().filter(b -> b.id() != evaluated).toList();
        }
        return otherBodies;
    }

    public String getFollowupResults() {
        return followupResults;
    }

    public void setFollowupResults(String v) {
        followupResults = v;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String v) {
        findings = v;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String v) {
        recommendations = v;
    }
}
