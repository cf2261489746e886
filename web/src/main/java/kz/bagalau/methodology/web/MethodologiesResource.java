package kz.bagalau.methodology.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.bagalau.methodology.application.MethodologyCatalog;
import kz.bagalau.methodology.application.MethodologyView;

/** {@code GET /api/v1/methodologies?year=YYYY}: the published version in force for each direction. */
@Path("v1/methodologies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MethodologiesResource {

    @Inject
    private MethodologyCatalog catalog;

    @GET
    public List<MethodologyView> current(@QueryParam("year") Integer year) {
        if (year == null) {
            throw new BadRequestException();
        }
        return catalog.current(year);
    }
}
