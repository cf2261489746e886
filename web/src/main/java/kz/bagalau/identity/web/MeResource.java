package kz.bagalau.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.bagalau.identity.application.CallerProfile;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;

/** {@code GET /api/v1/me}: who the API thinks the caller is. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** The caller as the API reports it. {@code tenant} is null for the ministry and platform administrators. */
    public record Me(String username, String displayName, String tenant, List<String> roles, Long bodyId,
                     String language) {
    }

    @Inject
    private CurrentUser currentUser;

    @GET
    public Me me() {
        CallerProfile p = currentUser.profile().orElseThrow(() -> new NotFoundException("User", "current"));
        return new Me(p.username(), p.displayName(), p.tenantCode(),
                p.roles().stream().sorted().map(Role::name).toList(), p.bodyId(), p.locale());
    }
}
