package kz.bagalau.identity.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import kz.bagalau.audit.application.ActingUser;
import kz.bagalau.identity.domain.Role;

/**
 * The caller as the audit log records it: the principal's name and the first of the caller's roles in the
 * Rules' order (the role the header shows), as plain text.
 */
@ApplicationScoped
public class CallerActor implements ActingUser {

    @EJB
    private CallerContext caller;

    @Override
    public String name() {
        return caller.username();
    }

    @Override
    public String role() {
        return caller.roles().stream().findFirst().map(Role::name).orElse(null);
    }
}
