package kz.bagalau.deadlines.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.deadlines.domain.DeadlineTrigger;
import kz.bagalau.deadlines.domain.DeadlineTriggerRepository;
import kz.bagalau.deadlines.domain.MailOutbox;
import kz.bagalau.deadlines.domain.OutboxMail;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;

/**
 * The region's outbox and plan as its apparatus, or the platform administrator looking into the region, sees
 * them: each mail with its status, attempts and rendered text, "resend" for one that failed (audited), and the
 * planned firings with their next instants.
 */
@Stateless
@RolesAllowed({Role.Names.AKIM_APPARATUS, Role.Names.REGION_ADMIN, Role.Names.PLATFORM_ADMIN})
public class OutboxService {

    /** One mail as the outbox page lists it. */
    public record MailRow(long id, String recipient, String address, String locale, String subject, String status,
                          int attempts, Instant createdAt, Instant sentAt, Instant nextAttemptAt, boolean sentLate,
                          String lastError, String bodyText) {
    }

    /** One planned firing of the region. */
    public record FiringRow(long id, int year, String step, long subject, java.time.LocalDate deadline, String kind,
                            int offsetDays, Instant dueAt, String status, boolean firedLate, String outcome) {
    }

    @Inject
    private MailOutbox outbox;

    @Inject
    private DeadlineTriggerRepository triggers;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<MailRow> recent(int limit) {
        return outbox.recent(limit).stream().map(OutboxService::row).toList();
    }

    public Map<OutboxMail.Status, Long> counts() {
        return outbox.counts();
    }

    public List<FiringRow> upcoming(int limit) {
        return triggers.upcoming(limit).stream().map(OutboxService::row).toList();
    }

    public List<FiringRow> ofYear(int year) {
        return triggers.ofYear(year).stream().map(OutboxService::row).toList();
    }

    /** Puts a failed mail back in the queue for one more round of attempts; the same mail, never a copy. */
    public void resend(long id) {
        OutboxMail m = outbox.find(id).orElseThrow(() -> new NotFoundException("Mail", id));
        String before = m.status().name();
        m.resend(clock.instant());
        audit.record("MAIL_RESENT", "mail_outbox", id, Map.of("status", before), Map.of("status", m.status().name()));
    }

    private static MailRow row(OutboxMail m) {
        return new MailRow(m.id(), m.recipient(), m.address(), m.locale(), m.subject(), m.status().name(), m.attempts(),
                m.createdAt(), m.sentAt(), m.nextAttemptAt(), m.sentLate(), m.lastError(), m.bodyText());
    }

    private static FiringRow row(DeadlineTrigger t) {
        return new FiringRow(t.id(), t.year(), t.step(), t.subjectId(), t.deadline(), t.kind().name(), t.offsetDays(),
                t.dueAt(), t.status().name(), t.firedLate(), t.outcome());
    }
}
