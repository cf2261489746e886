package kz.bagalau.national.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.national.application.NationalBoardService;
import kz.bagalau.national.application.NationalSummary;
import kz.bagalau.national.application.NationalSummaryService;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.national.application.ProgressBoard;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * The ministry's national API (¶11, ¶53): {@code GET /api/v1/ministry/progress?year=YYYY} (the progress board),
 * {@code /summary?year=YYYY} and {@code /summary.xlsx?year=YYYY}; regional users are refused (403).
 */
@Path("v1/ministry")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.Names.MINISTRY, Role.Names.PLATFORM_ADMIN})
public class NationalResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private NationalBoardService board;

    @Inject
    private NationalSummaryService summaries;

    @GET
    @Path("progress")
    public ProgressBoard progress(@QueryParam("year") Integer year) {
        return board.board(checked(year));
    }

    /**
     * Per region: step reached, deadlines met / late / missed, reporting, mean total, bands, mean per direction;
     * with {@code bodyType} (REGIONAL_DEPARTMENT, DISTRICT_AKIMAT, CITY_AKIMAT) the results over those bodies only.
     */
    @GET
    @Path("summary")
    public NationalSummary summary(@QueryParam("year") Integer year, @QueryParam("bodyType") String bodyType) {
        return summaries.summary(checked(year), bodyType(bodyType));
    }

    private static BodyType bodyType(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return BodyType.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException();
        }
    }

    /** The progress board as an XLSX workbook, headers in {@code lang} (kk, ru or en; kk by default). */
    @GET
    @Path("progress.xlsx")
    @Produces(XLSX)
    public Response progressWorkbook(@QueryParam("year") Integer year, @QueryParam("lang") String lang) {
        int y = checked(year);
        return Response.ok(board.workbook(y, Texts.localeOf(lang == null ? "kk" : lang)), XLSX)
                .header("Content-Disposition", "attachment; filename=\"bagalau-progress-" + y + ".xlsx\"").build();
    }

    /** The same summary as an XLSX workbook, headers in {@code lang} (kk, ru or en; kk by default). */
    @GET
    @Path("summary.xlsx")
    @Produces(XLSX)
    public Response workbook(@QueryParam("year") Integer year, @QueryParam("lang") String lang) {
        int y = checked(year);
        Locale locale = Texts.localeOf(lang == null ? "kk" : lang);
        return Response.ok(summaries.workbook(y, locale), XLSX)
                .header("Content-Disposition", "attachment; filename=\"bagalau-summary-" + y + ".xlsx\"").build();
    }

    private static int checked(Integer year) {
        if (year == null || year < 2010 || year > 2100) {
            throw new BadRequestException();
        }
        return year;
    }
}
