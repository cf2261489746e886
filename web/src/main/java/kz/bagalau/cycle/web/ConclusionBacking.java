package kz.bagalau.cycle.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.bagalau.cycle.application.AppealDocument;
import kz.bagalau.cycle.application.AppealService;
import kz.bagalau.cycle.application.AppealView;
import kz.bagalau.cycle.application.AppealWindow;
import kz.bagalau.evaluation.application.ConclusionReport;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.ConclusionView;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * One conclusion as sent (¶47) with its PDFs. Reading it changes nothing; the body confirms its receipt with a
 * deliberate act, and while the window of five working days is open (¶55) files its appeal here, with
 * supporting documents. With the cycle, because receipt and appeal are the cycle's steps on a conclusion.
 */
@Named
@ViewScoped
public class ConclusionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConclusionService conclusions;

    @Inject
    private AppealService appeals;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private ConclusionView conclusion;
    private ConclusionReport report;
    private AppealWindow window;
    private String appealText;
    private boolean confidential;
    private transient UploadedFiles documents;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Conclusion", "(none)");
        }
        conclusion = conclusions.get(id);
        report = conclusions.reportOf(conclusion);
        window = conclusion.sent() ? appeals.window(conclusion.directionEvaluationId()) : null;
    }

    /** Whether the body has yet to confirm receipt (only the body reads its own conclusions at all). */
    public boolean isReceiptPending() {
        return currentUser.has(Role.Names.EVALUATED_BODY) && conclusion.sent() && conclusion.receivedAt() == null;
    }

    /** ¶55: the body confirms receipt; the appeal window counts from today. */
    public void confirmReceipt() {
        FacesMessages.attempt(() -> conclusions.confirmReceipt(id), "conclusion.receipt.confirmed", this::load);
    }

    /** ¶55-¶56: files the appeal; without documents it is kept and answered at once (¶56). */
    public String fileAppeal() {
        List<AppealDocument> files = new ArrayList<>();
        if (documents != null) {
            for (UploadedFile f : documents.getFiles()) {
                try (InputStream in = f.getInputStream()) {
                    files.add(new AppealDocument(f.getFileName(), in.readAllBytes(), confidential));
                } catch (IOException e) {
                    FacesMessages.error("upload.unreadable", f.getFileName());
                    return null;
                }
            }
        }
        try {
            AppealView filed = appeals.file(conclusion.directionEvaluationId(), appealText, files);
            FacesMessages.info(filed.autoAnswered() ? "appeal.filedAutoAnswered" : "appeal.filed");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/app/appeal.xhtml?faces-redirect=true&id=" + filed.id();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
            return null;
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConclusionView getConclusion() {
        return conclusion;
    }

    public ConclusionReport getReport() {
        return report;
    }

    public AppealWindow getWindow() {
        return window;
    }

    public String getAppealText() {
        return appealText;
    }

    public void setAppealText(String appealText) {
        this.appealText = appealText;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public UploadedFiles getDocuments() {
        return documents;
    }

    public void setDocuments(UploadedFiles documents) {
        this.documents = documents;
    }
}
