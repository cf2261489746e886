package kz.bagalau.national.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.national.application.SummaryDocumentService;
import kz.bagalau.national.application.SummaryDocuments;
import kz.bagalau.national.domain.SummaryArchive;
import kz.bagalau.national.domain.SummaryVersion;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The ministry's 15 August summary (¶53): write the sections, pick the language, generate a version (PDF and
 * DOCX), download any version, record one as sent. Only the ministry finds the page; anyone else gets 404.
 */
@Named
@ViewScoped
public class SummaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Inject
    private SummaryDocumentService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears evaluationYears;

    private Integer year;
    private String language;
    private String intro;
    private String recommendations;
    private String planningResults;
    private List<SummaryVersion> versions;

    public void load() {
        currentUser.requireAnyOf("summary", Role.Names.MINISTRY);
        year = evaluationYears.orDefault(year);
        if (language == null) {
            language = FacesMessages.locale().getLanguage();
        }
        versions = service.versions(year);
        versions.stream().findFirst().ifPresent(latest -> {
            intro = latest.intro();
            recommendations = latest.recommendations();
            planningResults = latest.planningResults();
        });
    }

    public void generate() {
        try {
            SummaryVersion made = service.generate(year, language,
                    new SummaryDocuments.Sections(intro, recommendations, planningResults));
            FacesMessages.info("summary.generated", made.version());
            versions = service.versions(year);
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void recordSent(long id) {
        FacesMessages.attempt(() -> service.recordSent(id), "summary.sentOk", () -> versions = service.versions(year));
    }

    public StreamedContent pdf(SummaryVersion v) {
        return download(v, SummaryArchive.Format.PDF, "pdf", "application/pdf");
    }

    public StreamedContent docx(SummaryVersion v) {
        return download(v, SummaryArchive.Format.DOCX, "docx", DOCX);
    }

    private StreamedContent download(SummaryVersion v, SummaryArchive.Format format, String extension, String type) {
        byte[] bytes = service.file(v.id(), format);
        return DefaultStreamedContent.builder().name("bagalau-summary-" + v.year() + "-v" + v.version() + "-"
                + v.language() + "." + extension).contentType(type).stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<SummaryVersion> getVersions() {
        return versions;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getPlanningResults() {
        return planningResults;
    }

    public void setPlanningResults(String planningResults) {
        this.planningResults = planningResults;
    }
}
