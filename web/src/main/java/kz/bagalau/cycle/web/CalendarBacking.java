package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.cycle.application.CalendarService;
import kz.bagalau.cycle.domain.CalendarEntry;
import kz.bagalau.cycle.domain.DayKind;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.tenancy.application.RegionTime;

/**
 * The region's working-day calendar: public holidays, days off moved from weekends, government transfers of
 * working days (edited by the apparatus or the platform administrator), and the working-day arithmetic every
 * window of the Rules uses (¶55, ¶58).
 */
@Named
@ViewScoped
public class CalendarBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarService calendar;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private RegionTime time;

    private Integer year;
    private List<CalendarEntry> entries;
    private LocalDate date;
    private DayKind kind = DayKind.DAY_OFF;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private LocalDate from;
    private BigDecimal days = BigDecimal.valueOf(5);
    private LocalDate result;

    public void load() {
        if (year == null) {
            year = time.today().getYear();
        }
        entries = calendar.entries(year);
        if (from == null) {
            from = time.today();
        }
    }

    public void save() {
        FacesMessages.attempt(() -> calendar.set(new CalendarEntry(date, kind, nameKk, nameRu, nameEn)),
                "calendar.saved", () -> entries = calendar.entries(year));
    }

    public void remove(CalendarEntry entry) {
        FacesMessages.attempt(() -> calendar.remove(entry.date()), "calendar.removed",
                () -> entries = calendar.entries(year));
    }

    public void edit(CalendarEntry entry) {
        date = entry.date();
        kind = entry.kind();
        nameKk = entry.nameKk();
        nameRu = entry.nameRu();
        nameEn = entry.nameEn();
    }

    public void compute() {
        try {
            result = calendar.addWorkingDays(from, days.intValueExact());
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public boolean isCanEdit() {
        return currentUser.has(Role.Names.REGION_ADMIN) || currentUser.has(Role.Names.PLATFORM_ADMIN);
    }

    public DayKind[] getKinds() {
        return DayKind.values();
    }

    public List<Integer> getYears() {
        int now = time.today().getYear();
        return List.of(now - 1, now, now + 1);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<CalendarEntry> getEntries() {
        return entries;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public DayKind getKind() {
        return kind;
    }

    public void setKind(DayKind kind) {
        this.kind = kind;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    /** A figure like every numeric field ({@code converter="figure"} reads and shows BigDecimal). */
    public BigDecimal getDays() {
        return days;
    }

    public void setDays(BigDecimal days) {
        this.days = days;
    }

    public LocalDate getResult() {
        return result;
    }
}
