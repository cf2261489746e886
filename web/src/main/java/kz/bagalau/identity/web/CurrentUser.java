package kz.bagalau.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Optional;
import kz.bagalau.identity.application.CallerProfile;
import kz.bagalau.identity.application.ProfileService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;

/**
 * The authenticated user of this request, loaded once. Pages read it for the header and the home page; the
 * tenant filter reads it to decide the request's region. Anonymous requests have no profile.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    private SecurityContext security;

    @Inject
    private ProfileService profiles;

    @Inject
    private HttpServletRequest request;

    private Optional<CallerProfile> profile;

    public Optional<CallerProfile> profile() {
        if (profile == null) {
            Object cached = request.getAttribute(PortalAuthenticationMechanism.REQUEST_PROFILE);
            if (cached instanceof CallerProfile p) {
                profile = Optional.of(p);
            } else {
                Principal principal = security.getCallerPrincipal();
                profile = principal == null ? Optional.empty() : profiles.profileOf(principal.getName());
            }
        }
        return profile;
    }

    public boolean isLoggedIn() {
        return profile().isPresent();
    }

    public String getUsername() {
        return profile().map(CallerProfile::username).orElse(null);
    }

    public String getDisplayName() {
        return profile().map(CallerProfile::displayName).orElse(null);
    }

    public String getTenantCode() {
        return profile().map(CallerProfile::tenantCode).orElse(null);
    }

    public Long getBodyId() {
        return profile().map(CallerProfile::bodyId).orElse(null);
    }

    public String getPrimaryRole() {
        return profile().map(p -> p.primaryRole().name()).orElse(null);
    }

    public boolean has(String role) {
        return profile().map(p -> p.has(Role.valueOf(role))).orElse(false);
    }

    /**
     * A page only some roles need: for anyone else it does not exist (404, like another region's record), so its
     * existence tells nothing.
     * @throws NotFoundException when the user holds none of {@code roles}
     */
    public void requireAnyOf(String page, String... roles) {
        if (java.util.Arrays.stream(roles).noneMatch(this::has)) {
            throw new NotFoundException("Page", page);
        }
    }

    public boolean isCrossTenant() {
        return profile().map(CallerProfile::crossTenant).orElse(false);
    }

    /** Belongs to no region: the ministry, the platform administrator and the methodology owners. */
    public boolean isNational() {
        return profile().map(p -> p.tenantCode() == null).orElse(false);
    }
}
