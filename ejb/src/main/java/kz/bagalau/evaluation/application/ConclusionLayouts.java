package kz.bagalau.evaluation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.ConclusionTemplate;
import kz.bagalau.evaluation.domain.ConclusionTemplates;
import kz.bagalau.evaluation.domain.LayoutKind;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * ¶50: the central ministry sets the format of three documents ({@link LayoutKind}): a direction's conclusion, the
 * planning body's general-evaluation conclusion and the commission's expert conclusion. A layout is an XHTML page
 * with Mustache placeholders, one per kind and language; a new layout is tried on a sample of its kind before it
 * is saved, so a broken layout never reaches a region's PDF.
 */
@Stateless
@RolesAllowed(Role.Names.MINISTRY)
public class ConclusionLayouts {

    public static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    @Inject
    private ConclusionTemplates store;

    @Inject
    private DocumentRenderer renderer;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public String current(LayoutKind kind, String language) {
        return store.current(kind, checked(language));
    }

    public int currentVersion(LayoutKind kind, String language) {
        return store.findNewest(kind, checked(language)).map(ConclusionTemplate::version).orElse(0);
    }

    /** A PDF of a sample document of the kind in the given layout, without saving anything. */
    public byte[] preview(LayoutKind kind, String language, String html) {
        return renderer.render(kind, html, sample(kind, checked(language)));
    }

    /** Checks the layout on a sample of its kind and saves it as the next version for its kind and language. */
    public int save(LayoutKind kind, String language, String html) {
        String lang = checked(language);
        renderer.validate(kind, html, sample(kind, lang));
        int version = currentVersion(kind, lang) + 1;
        ConclusionTemplate t = store.add(new ConclusionTemplate(kind, lang, version, html,
                session.getCallerPrincipal().getName(), clock.instant()));
        String before = version == 1 ? null : kind + " " + lang + " v" + (version - 1);
        audit.record("CONCLUSION_LAYOUT_SAVED", "conclusion_template", kind + " " + lang + " v" + version, before,
                Map.of("kind", kind.name(), "language", lang, "version", version, "length", html.length()));
        return t.version();
    }

    private static Map<String, Object> sample(LayoutKind kind, String language) {
        Locale locale = Locale.forLanguageTag(language);
        return kind == LayoutKind.DIRECTION_CONCLUSION ? ConclusionDocument.sample(locale)
                : RegionDocumentModel.sample(kind, locale);
    }

    private static String checked(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("profile.language.unknown", language);
        }
        return language;
    }
}
