package kz.bagalau.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import kz.bagalau.evaluation.application.ConclusionLayouts;
import kz.bagalau.evaluation.domain.LayoutKind;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * ¶50: the ministry's page for the document layouts: choose the document (a direction's conclusion, the
 * general-evaluation conclusion, the commission's expert conclusion) and the language, edit the layout, preview it
 * on a sample as PDF, save it as the next version (a broken layout is refused with the reason).
 */
@Named
@ViewScoped
public class ConclusionLayoutsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConclusionLayouts layouts;

    private LayoutKind kind = LayoutKind.DIRECTION_CONCLUSION;
    private String language = "kk";
    private String html;
    private int version;

    public void load() {
        html = layouts.current(kind, language);
        version = layouts.currentVersion(kind, language);
    }

    public void choose(String lang) {
        language = lang;
        load();
    }

    /** Switches to another document's layout (¶50), in the same language. */
    public void chooseKind(LayoutKind k) {
        kind = k;
        load();
    }

    public LayoutKind getKind() {
        return kind;
    }

    public LayoutKind[] getKinds() {
        return LayoutKind.values();
    }

    public void save() {
        try {
            version = layouts.save(kind, language, html);
            FacesMessages.info("layouts.saved", language, version);
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public StreamedContent getPreview() {
        byte[] pdf = layouts.preview(kind, language, html);
        return DefaultStreamedContent.builder().name("preview-" + kind.resource() + "-" + language + ".pdf").contentType("application/pdf")
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    public String getLanguage() {
        return language;
    }

    public String getHtml() {
        return html;
    }

    public void setHtml(String html) {
        this.html = html;
    }

    public int getVersion() {
        return version;
    }
}
