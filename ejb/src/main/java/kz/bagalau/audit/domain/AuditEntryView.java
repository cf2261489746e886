package kz.bagalau.audit.domain;

import java.time.Instant;

/** An audit entry as pages and exports show it. */
public record AuditEntryView(long id, long seq, Instant at, String actor, String actorRole, String action,
                             String entityType, String entityId, String before, String after, String hash) {
}
