package kz.bagalau.audit.domain;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The append-only log. There is deliberately no way to change or remove an entry. */
public interface AuditTrail {

    /** Appends in the current transaction; returns the entry's id. */
    long append(AuditRecord record);

    AuditVerification verify();

    /** The newest entries of the current tenant, optionally only those about one entity. */
    List<AuditEntryView> recent(String entityType, String entityId, int limit);

    /** The current tenant's entries that match {@code query}, newest first. */
    List<AuditEntryView> search(AuditQuery query);

    /** Everyone in the current tenant who recorded anything about the given entities of one type. */
    Set<String> actors(String entityType, Collection<String> entityIds);
}
