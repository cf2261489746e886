package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import kz.bagalau.cycle.application.LateReportAuthorisation;
import kz.bagalau.cycle.application.ScheduleService;
import kz.bagalau.cycle.application.ScheduleView;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The schedule page (¶7, ¶8, decree ¶4): the planning body drafts the reporting deadline, the akim approves,
 * the akim or his apparatus extend single deadlines with a reason; everyone sees each step's deadline in the
 * region's zone with the days left. The ¶6 late paths are here too, each shown only to who may open it: the akim
 * approves a schedule after 1 December with the reason (decree ¶4), and the ministry, looking into the region,
 * allows the akim's report after 25 July (¶53) — the akim, the late party, cannot.
 */
@Named
@ViewScoped
public class ScheduleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ScheduleService schedules;

    @Inject
    private BodyRegistry registry;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears years;

    @Inject
    private RegionTime time;

    private Integer year;
    private ScheduleView schedule;
    private List<BodySummary> bodies;
    private LocalDate reportingDeadline;
    private CycleStep extensionStep;
    private Long extensionBody;
    private Integer extensionDirection;
    private LocalDate extensionUntil;
    private String extensionReason;
    private String lateReason;
    private LocalDate lateReportUntil;
    private String lateReportReason;

    @Inject
    private LateReportAuthorisation lateReports;

    public void load() {
        year = years.orDefault(year);
        schedule = schedules.view(year);
        if (reportingDeadline == null) {
            reportingDeadline = schedule.steps().stream().filter(s -> s.step() == CycleStep.REPORTING)
                    .map(ScheduleView.Step::date).findFirst().orElse(null);
        }
    }

    /** Days from today in the region to the deadline; negative once it passed. */
    public long daysLeft(ScheduleView.Step step) {
        return ChronoUnit.DAYS.between(time.today(), step.date());
    }

    public void draft() {
        act(() -> schedules.draft(year, reportingDeadline), "schedule.drafted");
    }

    public void approve() {
        act(() -> schedules.approve(year), "schedule.approvedOk");
    }

    public void extend() {
        act(() -> schedules.extend(year, extensionStep, extensionBody, extensionDirection, null, extensionUntil,
                extensionReason), "extension.granted");
    }

    public void approveLate() {
        act(() -> schedules.approveLate(year, lateReason), "schedule.late.approved");
    }

    public void allowLateReport() {
        String region = TenantContext.require().tenantCode();
        act(() -> lateReports.allowLateAkimReport(region, year, lateReportUntil, lateReportReason),
                "schedule.lateReport.allowed");
    }

    private void act(Runnable action, String doneKey) {
        FacesMessages.attempt(action, doneKey, () -> schedule = schedules.view(year));
    }

    /** Before the freeze the draft may change; after it, a year nobody drafted can still be drafted once (¶6). */
    public boolean isCanDraft() {
        return currentUser.has(Role.Names.PLANNING_BODY) && (!schedule.frozen() || !schedule.exists());
    }

    public boolean isCanApprove() {
        return currentUser.has(Role.Names.AKIM) && schedule.exists() && !schedule.frozen()
                && schedule.status() == EvaluationCycle.ScheduleStatus.DRAFT;
    }

    /** Decree ¶4, ¶6: past 1 December an unapproved schedule is approved only late, by the akim, with a reason. */
    public boolean isCanApproveLate() {
        return currentUser.has(Role.Names.AKIM) && schedule.exists() && schedule.frozen()
                && schedule.status() == EvaluationCycle.ScheduleStatus.DRAFT;
    }

    /** ¶6, ¶53: the ministry allows the akim's report late once 25 July has passed and no report has gone. */
    public boolean isCanAllowLateReport() {
        return currentUser.has(Role.Names.MINISTRY) && schedule.exists() && !schedule.akimReportSent()
                && schedule.steps().stream().anyMatch(s -> s.step() == CycleStep.AKIM_REPORT && s.passed());
    }

    public boolean isCanExtend() {
        return (currentUser.has(Role.Names.AKIM) || currentUser.has(Role.Names.AKIM_APPARATUS)) && schedule.exists();
    }

    /** The steps whose deadline an extension can move (the akim's own 25 July and the ministry's cannot). */
    public List<CycleStep> getExtensibleSteps() {
        return Arrays.stream(CycleStep.values()).filter(s -> s != CycleStep.SCHEDULE && s != CycleStep.AKIM_REPORT
                && s != CycleStep.MINISTRY_SUMMARY && !s.perSubject()).toList();
    }

    /** Read once per view: the extension form's choice and every row of the extensions table use it. */
    public List<BodySummary> getBodies() {
        if (bodies == null) {
            bodies = registry.list();
        }
        return bodies;
    }

    public String bodyCode(Long id) {
        return id == null ? "" : getBodies().stream().filter(b -> b.id() == id).map(BodySummary::code).findFirst()
                .orElse("");
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ScheduleView getSchedule() {
        return schedule;
    }

    public LocalDate getReportingDeadline() {
        return reportingDeadline;
    }

    public void setReportingDeadline(LocalDate reportingDeadline) {
        this.reportingDeadline = reportingDeadline;
    }

    public CycleStep getExtensionStep() {
        return extensionStep;
    }

    public void setExtensionStep(CycleStep extensionStep) {
        this.extensionStep = extensionStep;
    }

    public Long getExtensionBody() {
        return extensionBody;
    }

    public void setExtensionBody(Long extensionBody) {
        this.extensionBody = extensionBody;
    }

    public Integer getExtensionDirection() {
        return extensionDirection;
    }

    public void setExtensionDirection(Integer extensionDirection) {
        this.extensionDirection = extensionDirection;
    }

    public LocalDate getExtensionUntil() {
        return extensionUntil;
    }

    public void setExtensionUntil(LocalDate extensionUntil) {
        this.extensionUntil = extensionUntil;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public void setExtensionReason(String extensionReason) {
        this.extensionReason = extensionReason;
    }

    public String getLateReason() {
        return lateReason;
    }

    public void setLateReason(String lateReason) {
        this.lateReason = lateReason;
    }

    public LocalDate getLateReportUntil() {
        return lateReportUntil;
    }

    public void setLateReportUntil(LocalDate lateReportUntil) {
        this.lateReportUntil = lateReportUntil;
    }

    public String getLateReportReason() {
        return lateReportReason;
    }

    public void setLateReportReason(String lateReportReason) {
        this.lateReportReason = lateReportReason;
    }
}
