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
import kz.bagalau.tenancy.context.TenantContext;

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

    /** @return true when the letter was written now (false: no address, or already written once) */
    public boolean send(RegionUsers.UserRef to, Letter letter, Map<String, Object> personal) {
        String locale = to.locale() == null ? "kk" : to.locale();
        Map<String, Object> model = new java.util.HashMap<>(letter.model());
        model.putAll(personal);
        model.put("recipientName", to.displayName());
        RenderedMail mail = templates.render(letter.template(), locale, model);
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

    /** A Message-ID derived from the key: the same mail keeps the same id, so a receiver can see a repeat. */
    private static String messageId(String key) {
        return "<" + Sha256.hexPrefix(TenantContext.require().tenantCode() + "|" + key, 16) + "@bagalau>";
    }
}
