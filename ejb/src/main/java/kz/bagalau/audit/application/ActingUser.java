package kz.bagalau.audit.application;

/**
 * Who is acting in the current call, as the audit log writes it down: a name and the role shown beside it,
 * both plain text. The audit log needs no model of users and roles; identity, which has one, provides this.
 */
public interface ActingUser {

    String name();

    /** The caller's role as it should stand in the entry, or null when the caller holds none. */
    String role();
}
