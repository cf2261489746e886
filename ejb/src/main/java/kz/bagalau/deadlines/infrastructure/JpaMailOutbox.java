package kz.bagalau.deadlines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.deadlines.domain.MailOutbox;
import kz.bagalau.deadlines.domain.OutboxMail;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/**
 * The outbox through the tenant-bound EntityManager. A mail is written with {@code on conflict do nothing} on its
 * unique key, so the database, not a check before the insert, decides that it exists once.
 */
@ApplicationScoped
public class JpaMailOutbox implements MailOutbox {

    @Inject
    private TenantEntityManager tenantEm;

    private EntityManager em() {
        return tenantEm.get();
    }

    @Override
    public boolean addOnce(OutboxMail m) {
        int rows = tenantEm.nativeQuery("insert into mail_outbox (tenant_id, dedup_key, recipient, address, locale,"
                        + " subject, body_text, body_html, calendar, status, attempts, next_attempt_at, created_at,"
                        + " sent_late, message_id) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'PENDING', 0, ?10, ?10,"
                        + " ?11, ?12) on conflict (tenant_id, dedup_key) do nothing")
                .setParameter(1, TenantContext.require().tenantCode()).setParameter(2, m.dedupKey())
                .setParameter(3, m.recipient()).setParameter(4, m.address()).setParameter(5, m.locale())
                .setParameter(6, m.subject()).setParameter(7, m.bodyText()).setParameter(8, m.bodyHtml())
                .setParameter(9, m.calendar()).setParameter(10, Timestamp.from(m.createdAt()))
                .setParameter(11, m.sentLate()).setParameter(12, m.messageId())
                .executeUpdate();
        return rows == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> dueIds(Instant now, int limit) {
        List<Number> ids = tenantEm.nativeQuery("select id from mail_outbox where status = 'PENDING'"
                        + " and next_attempt_at <= ?1 order by next_attempt_at, id limit ?2")
                .setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    @Override
    public Optional<OutboxMail> lockDue(long id, Instant now) {
        return tenantEm.findSkipLocked(OutboxMail.class, id, "select id from mail_outbox where id = ?1"
                + " and status = 'PENDING' and next_attempt_at <= ?2 for update skip locked", Timestamp.from(now));
    }

    @Override
    public Optional<OutboxMail> find(long id) {
        return Optional.ofNullable(em().find(OutboxMail.class, id));
    }

    @Override
    public List<OutboxMail> recent(int limit) {
        return em().createQuery("select m from OutboxMail m order by m.createdAt desc, m.id desc", OutboxMail.class)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public Map<OutboxMail.Status, Long> counts() {
        Map<OutboxMail.Status, Long> counts = new EnumMap<>(OutboxMail.Status.class);
        for (Object[] row : em().createQuery("select m.status, count(m) from OutboxMail m group by m.status",
                Object[].class).getResultList()) {
            counts.put((OutboxMail.Status) row[0], (Long) row[1]);
        }
        return counts;
    }
}
