package kz.bagalau.identity.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import kz.bagalau.identity.application.CallerProfile;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Sets the request's region once, from the authenticated user, and clears it when the request ends.
 *
 * <p>A regional user acts in their own region, read-write. The ministry and the platform administrator
 * belong to no region: on pages they may choose one to look into ({@link #INSPECTED_TENANT}, kept in the
 * session and set only by {@link kz.bagalau.platform.web.LayoutBacking} after a role check), the ministry read-only. Nothing
 * else, and in particular no query parameter, can choose a region. Without a region no tenant data is
 * reachable: the repositories fail closed.
 */
public class TenantResolutionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final String INSPECTED_TENANT = "kz.bagalau.inspectedTenant";

    @Inject
    private CurrentUser currentUser;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<TenantAccess> access = request.getUserPrincipal() == null
                ? Optional.empty()
                : currentUser.profile().flatMap(p -> resolve(p, request.getSession(false)));
        if (access.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try (TenantContext.Scope ignored = TenantContext.open(access.get())) {
            chain.doFilter(request, response);
        }
    }

    static Optional<TenantAccess> resolve(CallerProfile profile, HttpSession session) {
        if (profile.tenantCode() != null) {
            return Optional.of(TenantAccess.readWrite(profile.tenantCode()));
        }
        if (!profile.crossTenant() || session == null) {
            return Optional.empty();
        }
        Object inspected = session.getAttribute(INSPECTED_TENANT);
        if (!(inspected instanceof String code)) {
            return Optional.empty();
        }
        return Optional.of(profile.has(Role.PLATFORM_ADMIN)
                ? TenantAccess.readWrite(code) : TenantAccess.readOnly(code));
    }
}
