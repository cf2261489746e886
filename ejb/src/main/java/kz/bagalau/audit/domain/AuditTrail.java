package kz.bagalau.audit.domain;

import java.util.List;

/** The append-only log. There is deliberately no way to change or remove an entry. */
public interface AuditTrail {

    /** Appends in the current transaction; returns the entry's id. */
    long append(AuditRecord record);

    AuditVerification verify();

    /** The newest entries of the current tenant, optionally only those about one entity. */
    List<AuditEntryView> recent(String entityType, String entityId, int limit);
}
