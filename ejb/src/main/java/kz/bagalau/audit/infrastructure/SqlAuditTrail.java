package kz.bagalau.audit.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import kz.bagalau.audit.domain.AuditEntryView;
import kz.bagalau.audit.domain.AuditQuery;
import kz.bagalau.audit.domain.AuditRecord;
import kz.bagalau.audit.domain.AuditTrail;
import kz.bagalau.audit.domain.AuditVerification;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;
import org.eclipse.persistence.config.QueryHints;

/**
 * Appends through {@code audit_append()} on the transaction's own connection, so an entry commits or rolls
 * back together with the change it describes. When a tenant is current, the transaction is bound to it
 * first, and the database refuses an entry for any other region.
 */
@ApplicationScoped
public class SqlAuditTrail implements AuditTrail {

    @PersistenceContext(unitName = "bagalau")
    private EntityManager plainEm;

    @Inject
    private TenantEntityManager tenantEm;

    private EntityManager em() {
        return TenantContext.current().isPresent() ? tenantEm.get() : plainEm;
    }

    @Override
    public long append(AuditRecord r) {
        Object id = em().createNativeQuery("select audit_append(cast(?1 as text), cast(?2 as timestamptz), "
                        + "cast(?3 as text), cast(?4 as text), cast(?5 as text), cast(?6 as text), cast(?7 as text), "
                        + "cast(?8 as jsonb), cast(?9 as jsonb))")
                .setParameter(1, r.tenantCode())
                .setParameter(2, Timestamp.from(r.at()))
                .setParameter(3, r.actor())
                .setParameter(4, r.actorRole())
                .setParameter(5, r.action())
                .setParameter(6, r.entityType())
                .setParameter(7, r.entityId())
                .setParameter(8, r.before())
                .setParameter(9, r.after())
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getSingleResult();
        return ((Number) id).longValue();
    }

    @Override
    public AuditVerification verify() {
        Object[] row = (Object[]) plainEm.createNativeQuery(
                        "select ok, entries, broken_id, broken_chain, broken_seq, problem from audit_verify()")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getSingleResult();
        return new AuditVerification((Boolean) row[0], ((Number) row[1]).longValue(),
                row[2] == null ? null : ((Number) row[2]).longValue(), (String) row[3],
                row[4] == null ? null : ((Number) row[4]).longValue(), (String) row[5]);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AuditEntryView> recent(String entityType, String entityId, int limit) {
        List<Object[]> rows = tenantEm.get().createNativeQuery("""
                        select id, seq, at, actor, actor_role, action, entity_type, entity_id,
                               before_state::text, after_state::text, hash
                          from audit_entry
                         where (cast(?1 as text) is null or entity_type = ?1)
                           and (cast(?2 as text) is null or entity_id = ?2)
                         order by id desc limit ?3""")
                .setParameter(1, entityType)
                .setParameter(2, entityId)
                .setParameter(3, limit)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getResultList();
        return views(rows);
    }

    private static List<AuditEntryView> views(List<Object[]> rows) {
        return rows.stream().map(r -> new AuditEntryView(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                ((Timestamp) r[2]).toInstant(), (String) r[3], (String) r[4], (String) r[5], (String) r[6],
                (String) r[7], (String) r[8], (String) r[9], (String) r[10])).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<AuditEntryView> search(AuditQuery q) {
        List<Object[]> rows = tenantEm.get().createNativeQuery("""
                        select id, seq, at, actor, actor_role, action, entity_type, entity_id,
                               before_state::text, after_state::text, hash
                          from audit_entry
                         where (cast(?1 as text) is null or actor ilike '%' || cast(?1 as text) || '%')
                           and (cast(?2 as text) is null or action ilike '%' || cast(?2 as text) || '%')
                           and (cast(?3 as timestamptz) is null or at >= cast(?3 as timestamptz))
                           and (cast(?4 as timestamptz) is null or at < cast(?4 as timestamptz))
                         order by id desc limit ?5""")
                .setParameter(1, q.actor())
                .setParameter(2, q.action())
                .setParameter(3, q.from() == null ? null : Timestamp.from(q.from()))
                .setParameter(4, q.to() == null ? null : Timestamp.from(q.to()))
                .setParameter(5, q.limit())
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getResultList();
        return views(rows);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<String> actors(String entityType, Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return Set.of();
        }
        List<String> rows = tenantEm.get().createNativeQuery(
                        "select distinct actor from audit_entry where entity_type = ?1 and action not like 'READ\\_%' "
                                + "and entity_id = any(string_to_array(cast(?2 as text), ','))")
                .setParameter(1, entityType)
                .setParameter(2, String.join(",", entityIds))
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getResultList();
        return Set.copyOf(rows);
    }
}
