package kz.bagalau.cycle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import kz.bagalau.cycle.application.AppealService;
import kz.bagalau.cycle.application.AppealView;
import kz.bagalau.cycle.application.CalendarService;
import kz.bagalau.cycle.application.ScheduleService;
import kz.bagalau.cycle.application.ScheduleView;
import kz.bagalau.cycle.domain.CalendarEntry;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.tenancy.application.RegionTime;

/**
 * The cycle for integration: the caller's region's schedule with deadlines as ISO instants and local dates
 * (decree ¶4, ¶7), its working-day calendar, and its appeals (¶55). The region is always the caller's.
 */
@Path("v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CycleResource {

    /** The answer of the working-day arithmetic. */
    public record WorkingDays(LocalDate from, int days, LocalDate date, String timeZone) {
    }

    @Inject
    private ScheduleService schedules;

    @Inject
    private CalendarService calendar;

    @Inject
    private AppealService appeals;

    @Inject
    private RegionTime time;

    /** Each step's {@code date} is the local day; {@code endsAt} the instant that day ends in the region's zone. */
    @GET
    @Path("schedule")
    public ScheduleView schedule(@QueryParam("year") Integer year) {
        return schedules.view(required(year));
    }

    @GET
    @Path("calendar/add-working-days")
    public WorkingDays addWorkingDays(@QueryParam("from") String from, @QueryParam("days") Integer days) {
        if (from == null || days == null) {
            throw new BadRequestException();
        }
        LocalDate start;
        try {
            start = LocalDate.parse(from);
        } catch (DateTimeParseException e) {
            throw new BadRequestException();
        }
        return new WorkingDays(start, days, calendar.addWorkingDays(start, days), time.zone().getId());
    }

    /** The year's days off: public holidays, days off moved from weekends, and working days moved to weekends. */
    @GET
    @Path("calendar/holidays")
    public List<CalendarEntry> holidays(@QueryParam("year") Integer year) {
        return calendar.entries(required(year));
    }

    @GET
    @Path("appeals")
    public List<AppealView> appeals(@QueryParam("year") Integer year, @Context HttpHeaders headers) {
        Locale locale = headers.getAcceptableLanguages().stream().findFirst()
                .map(l -> Texts.localeOf(l.getLanguage())).orElse(Texts.DEFAULT);
        return appeals.list(required(year)).stream().map(a -> a.readIn(locale)).toList();
    }

    private static int required(Integer year) {
        if (year == null || year < 2010 || year > 2100) {
            throw new BadRequestException();
        }
        return year;
    }
}
