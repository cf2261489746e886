package kz.bagalau.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;

/**
 * {@code /api/v1/bodies}: the caller's region's executive bodies. A body of another region answers 404,
 * exactly like one that does not exist.
 */
@Path("v1/bodies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BodiesResource {

    @Inject
    private BodyRegistry registry;

    @GET
    public List<BodySummary> list() {
        return registry.list();
    }

    @GET
    @Path("{id}")
    public BodySummary get(@PathParam("id") long id) {
        return registry.get(id);
    }
}
