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
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * ¶50: the central ministry sets the format of the conclusions. A layout is an XHTML page with Mustache
 * placeholders, one per language; a new layout is tried on a sample conclusion before it is saved, so a
 * broken layout never reaches a body's PDF.
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

    public String current(String language) {
        return store.current(checked(language));
    }

    public int currentVersion(String language) {
        return store.findNewest(checked(language)).map(ConclusionTemplate::version).orElse(0);
    }

    /** A PDF of a sample conclusion in the given layout, without saving anything. */
    public byte[] preview(String language, String html) {
        return renderer.render(html, ConclusionDocument.sample(Locale.forLanguageTag(checked(language))));
    }

    /** Checks the layout on a sample and saves it as the next version for its language. */
    public int save(String language, String html) {
        String lang = checked(language);
        renderer.validate(html, ConclusionDocument.sample(Locale.forLanguageTag(lang)));
        int version = currentVersion(lang) + 1;
        ConclusionTemplate t = store.add(new ConclusionTemplate(lang, version, html,
                session.getCallerPrincipal().getName(), clock.instant()));
        audit.record("CONCLUSION_LAYOUT_SAVED", "conclusion_template", lang + " v" + version, null,
                Map.of("language", lang, "version", version, "length", html.length()));
        return t.version();
    }

    private static String checked(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("profile.language.unknown", language);
        }
        return language;
    }
}
