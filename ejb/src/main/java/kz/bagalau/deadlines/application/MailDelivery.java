package kz.bagalau.deadlines.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import kz.bagalau.deadlines.domain.MailOutbox;
import kz.bagalau.deadlines.domain.MailTransport;
import kz.bagalau.deadlines.domain.OutboxMail;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Delivers the current region's outbox over one SMTP connection per run, in transactions (one mail each by
 * default) that hold each mail's row lock while the SMTP server takes it, so no other node sends it at the same
 * time, and commit it as sent right after; a refusal is retried with exponential back-off, and after the last
 * attempt the mail is FAILED until someone resends it.
 */
@Stateless
@PermitAll
public class MailDelivery {

    @Inject
    private MailOutbox outbox;

    @Inject
    private MailTransport transport;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private Clock clock;

    @Inject
    private MailRetries retries;

    @Resource
    private SessionContext session;

    /**
     * Mails per transaction: fewer commits per mail, at the price that a node dying in the middle of a batch
     * leaves up to this many mails accepted by the server but not marked sent (they would go again).
     */
    @Inject
    @ConfigProperty(name = "bagalau.mail.batch", defaultValue = "1")
    private int batch;

    /** @return how many mails the server accepted */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        MailDelivery self = session.getBusinessObject(MailDelivery.class);
        int sent = 0;
        List<Long> due = self.dueIds();
        try (MailTransport.Connection connection = transport.open()) {
            for (int from = 0; from < due.size(); from += batch) {
                sent += self.deliverBatch(due.subList(from, Math.min(due.size(), from + batch)), connection);
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIds() {
        return outbox.dueIds(clock.instant(), 1000);
    }

    /**
     * Delivers a batch of due mails in one transaction (each taken with its row lock, so no other node sends it);
     * a refused mail counts its attempt and the batch goes on.
     * @return how many the server accepted
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int deliverBatch(List<Long> ids, MailTransport.Connection connection) {
        int sent = 0;
        for (long id : ids) {
            if (outbox.lockDue(id, clock.instant()).map(m -> attempt(m, connection)).orElse(false)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean attempt(OutboxMail mail, MailTransport.Connection connection) {
        try {
            TenantSummary region = tenants.get(TenantContext.require().tenantCode());
            connection.send(new MailTransport.Outgoing(senderName(region), region.mailReplyTo(), mail.address(),
                    mail.subject(), mail.bodyText(), mail.bodyHtml(), mail.calendar(), mail.messageId()));
            mail.delivered(clock.instant());
            return true;
        } catch (MailTransport.MailFailure e) {
            mail.attemptFailed(e.getMessage(), clock.instant(), retries.policy());
            return false;
        }
    }

    /**
     * The name the region chose for its mails, or "Қарағанды облысы — Бағалау": the region's Kazakh name and the
     * portal's.
     */
    private static String senderName(TenantSummary region) {
        return region.mailSenderName() != null ? region.mailSenderName() : region.nameKk() + " — Бағалау";
    }
}
