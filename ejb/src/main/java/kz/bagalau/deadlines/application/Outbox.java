package kz.bagalau.deadlines.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import kz.bagalau.cycle.application.NotificationService;
import kz.bagalau.deadlines.domain.CalendarEvents;
import kz.bagalau.deadlines.domain.MailOutbox;
import kz.bagalau.deadlines.domain.MailTemplates;
import kz.bagalau.deadlines.domain.OutboxMail;
import kz.bagalau.deadlines.domain.RenderedMail;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.shared.infrastructure.Sha256;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes a mail to the current region's outbox in the caller's transaction, in the recipient's language, and the
 * same text as an in-app notice, so a user without mail still sees it. A mail whose key the region already holds
 * is not written again (nor is its notice): this is where "never twice" lives.
 */
@ApplicationScoped
public class Outbox {

    /** A mail to write: its template and model, its unique key, and an optional calendar event. */
    public record Letter(String template, Map<String, Object> model, String key, int year,
                         CalendarEvents.Event event, boolean late) {
    }

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailTemplates templates;

    @Inject
    private CalendarEvents calendars;

    @EJB
    private NotificationService notices;

    @Inject
    private Clock clock;

    @Inject
    private TenantDirectory tenants;

    @Inject
    @ConfigProperty(name = "bagalau.portal.url", defaultValue = "http://127.0.0.1:8080")
    private String portalUrl;

    /** @return true when the letter was written now (false: no address, or already written once) */
    public boolean send(RegionUsers.UserRef to, Letter letter, Map<String, Object> personal) {
        String locale = to.locale() == null ? "kk" : to.locale();
        Map<String, Object> model = new java.util.HashMap<>(letter.model());
        model.putAll(personal);
        model.put("recipientName", to.displayName());
        RenderedMail mail = branded(templates.render(letter.template(), locale, model), locale);
        String key = letter.key() + "|" + to.username();
        boolean reachable = to.email() != null && !to.email().isBlank();
        boolean written = reachable && outbox.addOnce(new OutboxMail(key, to.username(), to.email(), locale, mail,
                letter.event() == null ? null : calendars.calendar(mail.subject(), List.of(letter.event())),
                letter.late(), messageId(key), clock.instant()));
        if (written || !reachable) {
            notices.deliver(List.of(to.username()), "notice.mail", letter.year(), mail.subject());
        }
        return written;
    }

    /**
     * The region's branding around the HTML part (issue 11): a band in its colour, its logo and its name in the
     * reader's language; the plain-text part stays plain.
     */
    private RenderedMail branded(RenderedMail mail, String locale) {
        TenantSummary region = tenants.get(TenantContext.require().tenantCode());
        String colour = region.brandColour() == null ? "#1f5f8b" : region.brandColour();
        String logo = region.hasLogo() ? "<img src=\"" + portalUrl + "/brand/" + region.code() + "/logo\" alt=\"\""
                + " style=\"height:32px;vertical-align:middle;margin-right:8px\">" : "";
        String name = region.name(java.util.Locale.forLanguageTag(locale)).replace("&", "&amp;").replace("<", "&lt;");
        String html = "<div style=\"border-top:6px solid " + colour + ";padding-top:8px\">"
                + "<p style=\"font-weight:bold;color:" + colour + "\">" + logo + name + "</p>" + mail.html() + "</div>";
        return new RenderedMail(mail.subject(), mail.text(), html);
    }

    /** A Message-ID derived from the key: the same mail keeps the same id, so a receiver can see a repeat. */
    private static String messageId(String key) {
        return "<" + Sha256.hexPrefix(TenantContext.require().tenantCode() + "|" + key, 16) + "@bagalau>";
    }
}
