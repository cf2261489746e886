package kz.bagalau.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Who keeps the region's registry: the akim's apparatus and the platform administrator, in a region they may
 * write to. The home page, the registry page and the import page ask this one place, so a link is shown
 * exactly to those whose action would be accepted, and the import page itself is a 404 for everyone else
 * (a role without the need sees no form that would only answer 403).
 */
@Named
@RequestScoped
public class RegistryRights {

    @Inject
    private CurrentUser currentUser;

    public boolean isCanManage() {
        return TenantContext.writable()
                && (currentUser.has(Role.Names.REGION_ADMIN) || currentUser.has(Role.Names.PLATFORM_ADMIN));
    }

    /** For a page only the registry's keepers may open: anyone else gets the 404 of a page that is not there. */
    public void requireManage() {
        if (!isCanManage()) {
            throw new NotFoundException("Page", "bodies-import");
        }
    }
}
