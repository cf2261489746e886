package kz.bagalau.audit.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One fact for the audit log.
 *
 * @param tenantCode the region the fact belongs to, null for platform-level facts (a ministry login)
 * @param before     JSON of the state before the change, null when there was none
 * @param after      JSON of the state after the change, null for a deletion
 */
public record AuditRecord(String tenantCode, Instant at, String actor, String actorRole, String action,
                          String entityType, String entityId, String before, String after) {

    public AuditRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}
