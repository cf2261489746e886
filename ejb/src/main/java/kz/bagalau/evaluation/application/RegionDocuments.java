package kz.bagalau.evaluation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import kz.bagalau.evaluation.domain.ConclusionTemplates;
import kz.bagalau.evaluation.domain.LayoutKind;

/**
 * Lays out a region's general-evaluation conclusion and the commission's expert conclusion (¶50) by the layout the
 * ministry set for the kind and language. It reads nothing itself: the cycle passes what the caller may see, under
 * its own access rules, so this stays a printer.
 */
@Stateless
@PermitAll
public class RegionDocuments {

    @Inject
    private ConclusionTemplates templates;

    @Inject
    private DocumentRenderer renderer;

    /** A PDF of the kind (general evaluation or commission conclusion) in the language (kk when unknown). */
    public byte[] print(LayoutKind kind, RegionDocumentData data, Locale locale) {
        if (kind == LayoutKind.DIRECTION_CONCLUSION) {
            throw new IllegalArgumentException("a direction's conclusion is printed by ConclusionService");
        }
        String language = List.of("kk", "ru", "en").contains(locale.getLanguage()) ? locale.getLanguage() : "kk";
        return renderer.render(kind, templates.current(kind, language),
                RegionDocumentModel.model(kind, data, Locale.forLanguageTag(language)));
    }
}
