package kz.bagalau.audit.domain;

import java.time.Instant;

/**
 * What the audit viewer asks for in the current region: entries by whom (part of the username), of what (part of
 * the action's code), in a period ({@code from} inclusive, {@code to} exclusive); any of them may be null.
 */
public record AuditQuery(String actor, String action, Instant from, Instant to, int limit) {

    public AuditQuery {
        actor = blankToNull(actor);
        action = blankToNull(action);
        limit = Math.max(1, Math.min(limit, 2_000));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
