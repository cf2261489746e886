package kz.bagalau.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import kz.bagalau.evaluation.application.BodyResult;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.ConclusionView;
import kz.bagalau.evaluation.application.Explanation;
import kz.bagalau.evaluation.application.ResultsService;

/**
 * {@code /api/v1/evaluations}: the caller's region's results for a year (per body the direction scores, the
 * total, the rating and the status), the "why this score" chain of one evaluation, conclusion PDFs, and the
 * body's confirmation of a conclusion's receipt.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationsResource {

    @Inject
    private ResultsService results;

    @Inject
    private ConclusionService conclusions;

    @GET
    @Path("evaluations")
    public List<BodyResult> evaluations(@QueryParam("year") Integer year) {
        if (year == null) {
            throw new BadRequestException();
        }
        return results.overview(year);
    }

    @GET
    @Path("evaluations/{id}/explain")
    public Explanation explain(@PathParam("id") long id) {
        return results.explain(id);
    }

    /**
     * ¶55: the body confirms receipt of a conclusion, the same act as the button on its page. A JSON request
     * only, so a page elsewhere cannot make a browser send it with remembered credentials.
     */
    @POST
    @Path("conclusions/{id}/receipt")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConclusionView confirmReceipt(@PathParam("id") long id) {
        return conclusions.confirmReceipt(id);
    }

    /** The PDF; errors come back as JSON, so a client asking for JSON gets 404, not 406, for a foreign id. */
    @GET
    @Path("conclusions/{id}/pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        byte[] pdf = conclusions.pdf(id, Locale.forLanguageTag(lang == null ? "kk" : lang));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"conclusion-" + id + ".pdf\"").build();
    }
}
