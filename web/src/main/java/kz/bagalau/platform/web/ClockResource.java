package kz.bagalau.platform.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.platform.application.ClockControl;

/**
 * {@code /api/v1/admin/clock}: reads and moves the portal's clock where the deployment allows it (the demo and
 * the tests); 404 everywhere else.
 */
@Path("v1/admin/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class ClockResource {

    @Inject
    private ClockControl control;

    @GET
    public Map<String, String> now() {
        return Map.of("now", control.now().toString());
    }

    @PUT
    public Map<String, String> shift(@QueryParam("to") String to) {
        Instant target;
        try {
            target = Instant.parse(to == null ? "" : to);
        } catch (DateTimeParseException e) {
            throw new BadRequestException();
        }
        return Map.of("now", control.shiftTo(target).toString());
    }

    @DELETE
    public Map<String, String> reset() {
        return Map.of("now", control.reset().toString());
    }
}
