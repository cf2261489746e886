package kz.bagalau.national.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.national.application.NationalRebuild;

/**
 * {@code POST /api/v1/admin/national/rebuild}: the platform administrator rebuilds the national read model from
 * the regional data ({@code ./ops/portal rebuild-national} calls it). The rebuild itself is open to start-up code,
 * so the role check is here.
 */
@Path("v1/admin/national")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class NationalRebuildResource {

    @Inject
    private NationalRebuild rebuild;

    @POST
    @Path("rebuild")
    public Map<String, Integer> rebuild() {
        return Map.of("regionYears", rebuild.rebuildAll());
    }
}
