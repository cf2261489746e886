package kz.bagalau.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import kz.bagalau.audit.domain.AuditEntryView;
import kz.bagalau.audit.domain.AuditQuery;
import kz.bagalau.audit.domain.AuditRecord;
import kz.bagalau.audit.domain.AuditTrail;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Records who did what, as part of the transaction that did it: an audited change and its entry commit
 * together or not at all ({@link TransactionAttributeType#MANDATORY}). Who and role come from
 * {@link ActingUser}, region and time from the tenant context and the one clock; the service supplies only what
 * changed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private AuditTrail trail;

    @Inject
    private Clock clock;

    @Inject
    private ActingUser actor;

    /** Records a change made by the current caller in the current region. */
    public void record(String action, String entityType, Object entityId, Object before, Object after) {
        String tenant = TenantContext.current().map(TenantAccess::tenantCode).orElse(null);
        trail.append(new AuditRecord(tenant, clock.instant(), actor.name(), actor.role(),
                action, entityType, entityId == null ? null : entityId.toString(), json(before), json(after)));
    }

    /** Records a fact whose actor is not the caller, such as a login attempt or a scheduled job. */
    public void recordAs(String tenantCode, String actor, String actorRole, String action, String entityType,
                         Object entityId, Object before, Object after) {
        trail.append(new AuditRecord(tenantCode, clock.instant(), actor, actorRole, action, entityType,
                entityId == null ? null : entityId.toString(), json(before), json(after)));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<AuditEntryView> recent(String entityType, Object entityId, int limit) {
        return trail.recent(entityType, entityId == null ? null : entityId.toString(), limit);
    }

    /** The region's entries by whom, of what, in which period (the audit viewer's filters), newest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<AuditEntryView> search(AuditQuery query) {
        return trail.search(query);
    }

    /** Who recorded anything about these entities in the current region, e.g. the participants of ¶57. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Set<String> actors(String entityType, Collection<?> entityIds) {
        return trail.actors(entityType, entityIds.stream().map(String::valueOf).toList());
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        return state instanceof String s ? s : JSON.toJson(state);
    }
}
