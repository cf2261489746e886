package kz.bagalau.deadlines.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.bagalau.deadlines.domain.NationalMailbox;
import kz.bagalau.deadlines.domain.RenderedMail;
import org.eclipse.persistence.config.QueryHints;

/**
 * The national mail in PostgreSQL ({@code national_mail}, no region's rows, so no tenant), by native SQL in the
 * caller's transaction; the recipients through the owner-defined {@code national_recipients}, since the
 * application role sees no user outside a region.
 */
@ApplicationScoped
public class SqlNationalMailbox implements NationalMailbox {

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Override
    @SuppressWarnings("unchecked")
    public List<Recipient> recipients(String role) {
        List<Object[]> rows = sql("select username, display_name, email, locale from national_recipients(?1)")
                .setParameter(1, role).getResultList();
        return rows.stream().map(r -> new Recipient((String) r[0], (String) r[1], (String) r[2], (String) r[3]))
                .toList();
    }

    @Override
    public boolean anyWithKeyPrefix(String prefix) {
        return !sql("select 1 from national_mail where dedup_key like ?1 limit 1")
                .setParameter(1, prefix.replace("%", "") + "%").getResultList().isEmpty();
    }

    @Override
    public boolean add(String dedupKey, Recipient to, RenderedMail mail, boolean sentLate, Instant now) {
        return sql("insert into national_mail (dedup_key, username, address, locale, subject, body_text, body_html, "
                + "sent_late, next_attempt_at, created_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9) "
                + "on conflict (dedup_key) do nothing")
                .setParameter(1, dedupKey).setParameter(2, to.username()).setParameter(3, to.address())
                .setParameter(4, to.locale()).setParameter(5, mail.subject()).setParameter(6, mail.text())
                .setParameter(7, mail.html()).setParameter(8, sentLate).setParameter(9, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Long> dueIds(Instant now, int limit) {
        List<Object> ids = sql("select id from national_mail where status = 'PENDING' and next_attempt_at <= ?1 "
                + "order by id limit ?2").setParameter(1, Timestamp.from(now)).setParameter(2, limit).getResultList();
        return ids.stream().map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Due> lockDue(long id, Instant now) {
        List<Object[]> rows = sql("select id, address, subject, body_text, body_html, attempts from national_mail "
                + "where id = ?1 and status = 'PENDING' and next_attempt_at <= ?2 for update skip locked")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).getResultList();
        return rows.stream().findFirst().map(r -> new Due(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], ((Number) r[5]).intValue()));
    }

    @Override
    public void delivered(long id, Instant at) {
        sql("update national_mail set status = 'SENT', sent_at = ?2, attempts = attempts + 1 where id = ?1")
                .setParameter(1, id).setParameter(2, Timestamp.from(at)).executeUpdate();
    }

    @Override
    public void attemptFailed(long id, String error, Instant next, boolean last) {
        sql("update national_mail set attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3, "
                + "status = case when ?4 then 'FAILED' else status end where id = ?1")
                .setParameter(1, id).setParameter(2, error == null ? "" : error).setParameter(3, Timestamp.from(next))
                .setParameter(4, last).executeUpdate();
    }

    private Query sql(String sql) {
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE);
    }
}
