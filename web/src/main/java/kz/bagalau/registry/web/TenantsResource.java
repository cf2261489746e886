package kz.bagalau.registry.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The regions, for the two cross-tenant roles: {@code GET /api/v1/tenants} lists the 20 regions, and
 * {@code GET /api/v1/tenants/{code}/bodies} reads one region's registry (the ministry read-only).
 */
@Path("v1/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.MINISTRY})
public class TenantsResource {

    @Inject
    private TenantDirectory tenants;

    @Inject
    private BodyRegistry registry;

    @Inject
    private CurrentUser currentUser;

    @GET
    public List<TenantSummary> list() {
        return tenants.all();
    }

    @GET
    @Path("{code}")
    public TenantSummary get(@PathParam("code") String code) {
        return tenants.get(code);
    }

    @GET
    @Path("{code}/bodies")
    public List<BodySummary> bodies(@PathParam("code") String code) {
        TenantSummary tenant = tenants.get(code);
        TenantAccess access = currentUser.has(Role.Names.PLATFORM_ADMIN)
                ? TenantAccess.readWrite(tenant.code()) : TenantAccess.readOnly(tenant.code());
        return TenantContext.callAs(access, registry::list);
    }
}
