package kz.bagalau.identity.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.bagalau.identity.domain.CredentialStore;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.domain.StoredAccount;

/**
 * Who is calling a service: name and roles from the container's security context, the body of an evaluated
 * body's user from the account. Services ask here instead of trusting anything the page sends.
 */
@Stateless
@DeclareRoles({Role.Names.PLATFORM_ADMIN, Role.Names.MINISTRY, Role.Names.OWNER_PM_OFFICE, Role.Names.OWNER_BUDGET,
        Role.Names.OWNER_CIVIL_SERVICE, Role.Names.OWNER_INFORMATISATION, Role.Names.OWNER_JUSTICE, Role.Names.REGION_ADMIN, Role.Names.AKIM,
        Role.Names.AKIM_APPARATUS,
        Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.EVALUATED_BODY, Role.Names.COMMISSION_MEMBER,
        Role.Names.COMMISSION_WORKING_BODY, Role.Names.EXPERT})
public class CallerContext {

    @Resource
    private SessionContext session;

    @Inject
    private CredentialStore credentials;

    public String username() {
        return session.getCallerPrincipal().getName();
    }

    public boolean has(Role role) {
        return session.isCallerInRole(role.name());
    }

    public Set<Role> roles() {
        return Arrays.stream(Role.values()).filter(this::has)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /** The executive body an EVALUATED_BODY user reports for. */
    public Optional<Long> bodyId() {
        return credentials.findAccount(username()).map(StoredAccount::bodyId);
    }
}
