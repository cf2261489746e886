package kz.bagalau.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.evaluation.application.DirectionView;
import kz.bagalau.evaluation.application.EvidenceService;
import kz.bagalau.evaluation.application.ReportingForm;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.evaluation.application.ValueRow;
import kz.bagalau.evaluation.domain.ValidationFailed;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

/**
 * The evaluated body's reporting page (¶41): per direction its figures with source and documents, saved as a
 * draft and submitted; the follow-up of earlier recommendations (¶45-1); the evaluators' document requests
 * (¶44); and the Excel round-trip. Every refusal lands on the page in the user's language, nothing typed is lost.
 */
@Named
@ViewScoped
public class ReportingBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ReportingService reporting;

    @Inject
    private EvidenceService evidence;

    @Inject
    private EvaluationYears years;

    private Integer year;
    private ReportingForm form;
    private final Map<Long, EditableValue> values = new HashMap<>();
    private final Map<Long, String> followupReports = new HashMap<>();
    private final Map<Long, String> answers = new HashMap<>();
    private transient UploadedFile workbook;
    private List<ImportProblem> problems = List.of();

    public void load() {
        year = years.orDefault(year);
        reload();
    }

    private void reload() {
        form = reporting.form(year);
        values.clear();
        for (DirectionView d : form.directions()) {
            for (ValueRow r : d.rows()) {
                values.put(r.valueId(), new EditableValue(r));
            }
        }
        form.followups().forEach(f -> followupReports.put(f.id(), f.bodyReport()));
    }

    public void save(DirectionView d) {
        try {
            reporting.saveDraft(d.id(), entries(d));
            FacesMessages.info("reporting.saved", d.direction());
            reload();
        } catch (ValidationFailed e) {
            problems(e);
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    /** A refusal with one message per refused figure, each naming its indicator. */
    private static void problems(ValidationFailed e) {
        FacesMessages.error(e.messageKey(), e.arguments().toArray());
        e.problems().forEach(p -> FacesMessages.error("reporting.problem", p.where(),
                Texts.get(FacesMessages.locale(), p.messageKey(), p.arguments().toArray())));
    }

    public void submit(DirectionView d) {
        try {
            reporting.saveDraft(d.id(), entries(d));
            reporting.submit(d.id());
            FacesMessages.info("reporting.submitted", d.direction());
            reload();
        } catch (ValidationFailed e) {
            problems(e);
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void upload(FileUploadEvent event) {
        long directionId = (Long) event.getComponent().getAttributes().get("directionId");
        long valueId = (Long) event.getComponent().getAttributes().get("valueId");
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            evidence.attach(directionId, valueId, file.getFileName(), in.readAllBytes(),
                    values.get(valueId).isConfidential());
            FacesMessages.info("evidence.attached", file.getFileName());
            reload();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        } catch (IOException e) {
            FacesMessages.error("upload.unreadable", file.getFileName());
        }
    }

    public void detach(long fileId) {
        try {
            evidence.detach(fileId);
            reload();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void saveFollowup(long itemId) {
        try {
            reporting.reportFollowup(itemId, followupReports.get(itemId));
            FacesMessages.info("followup.saved");
            reload();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void answer(long requestId) {
        try {
            reporting.answerRequest(requestId, answers.get(requestId));
            FacesMessages.info("request.answeredOk");
            reload();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public StreamedContent getWorkbookDownload() {
        byte[] xlsx = reporting.exportWorkbook(year, FacesMessages.locale());
        return DefaultStreamedContent.builder().name("reporting-" + year + ".xlsx").contentType(XLSX)
                .contentLength((long) xlsx.length).stream(() -> new ByteArrayInputStream(xlsx)).build();
    }

    public void uploadWorkbook() {
        if (workbook == null || workbook.getSize() == 0) {
            FacesMessages.error("upload.empty", "");
            return;
        }
        try (InputStream in = workbook.getInputStream()) {
            ImportResult result = reporting.importWorkbook(year, workbook.getFileName(), in.readAllBytes(),
                    FacesMessages.locale());
            problems = result.problems();
            if (result.succeeded()) {
                FacesMessages.info("reporting.workbookSaved", result.updated());
                reload();
            } else {
                FacesMessages.error("import.refused", problems.size());
            }
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        } catch (IOException e) {
            FacesMessages.error("upload.unreadable", workbook.getFileName());
        }
    }

    public String describe(ImportProblem p) {
        return Texts.get(FacesMessages.locale(), p.messageKey(), p.arguments().toArray());
    }

    private List<kz.bagalau.evaluation.application.ValueEntry> entries(DirectionView d) {
        return d.rows().stream().map(r -> values.get(r.valueId()).entry()).toList();
    }

    public long getMaxEvidenceBytes() {
        return evidence.maxBytes();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ReportingForm getForm() {
        return form;
    }

    public Map<Long, EditableValue> getValues() {
        return values;
    }

    public Map<Long, String> getFollowupReports() {
        return followupReports;
    }

    public Map<Long, String> getAnswers() {
        return answers;
    }

    public UploadedFile getWorkbook() {
        return workbook;
    }

    public void setWorkbook(UploadedFile workbook) {
        this.workbook = workbook;
    }

    public List<ImportProblem> getProblems() {
        return problems;
    }

    public int[] getSourceTypes() {
        return new int[] {1, 2, 3, 4, 5, 6, 7, 8};
    }
}
