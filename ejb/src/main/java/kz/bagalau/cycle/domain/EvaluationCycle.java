package kz.bagalau.cycle.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A region's cycle for one evaluated year: the schedule (drafted by the planning body, approved by the akim,
 * frozen after 1 December of the year, decree ¶4) and the record of each region-wide step: general
 * evaluation (¶12, ¶49), the commission's conclusion (¶51), the working body's dispatch (¶52), the akim's
 * report (¶53) and publication (¶54). Each step may happen once, in order.
 */
@Entity
@Table(name = "evaluation_cycle")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class EvaluationCycle {

    /** A draft schedule waits for the akim; an approved one is the region's calendar of the cycle. */
    public enum ScheduleStatus { DRAFT, APPROVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "schedule_status", nullable = false)
    private ScheduleStatus scheduleStatus = ScheduleStatus.DRAFT;

    @Column(name = "reporting_deadline", nullable = false)
    private LocalDate reportingDeadline;

    @Column(name = "schedule_drafted_by", nullable = false)
    private String scheduleDraftedBy;

    @Column(name = "schedule_drafted_at", nullable = false)
    private Instant scheduleDraftedAt;

    @Column(name = "schedule_approved_by")
    private String scheduleApprovedBy;

    @Column(name = "schedule_approved_at")
    private Instant scheduleApprovedAt;

    @Column(name = "schedule_late_reason")
    private String scheduleLateReason;

    @Column(name = "general_assembled_by")
    private String generalAssembledBy;

    @Column(name = "general_assembled_at")
    private Instant generalAssembledAt;

    @Column(name = "general_submitted_by")
    private String generalSubmittedBy;

    @Column(name = "general_submitted_at")
    private Instant generalSubmittedAt;

    @Column(name = "commission_conclusion")
    private String commissionConclusion;

    @Column(name = "commission_recorded_by")
    private String commissionRecordedBy;

    @Column(name = "commission_sent_at")
    private Instant commissionSentAt;

    @Column(name = "results_dispatched_by")
    private String resultsDispatchedBy;

    @Column(name = "results_dispatched_at")
    private Instant resultsDispatchedAt;

    @Column(name = "akim_report")
    private String akimReport;

    @Column(name = "akim_approved_by")
    private String akimApprovedBy;

    @Column(name = "akim_sent_at")
    private Instant akimSentAt;

    @Column(name = "published_by")
    private String publishedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Version
    private long version;

    protected EvaluationCycle() {
        // for JPA
    }

    /** ¶8: the planning body drafts the schedule; the reporting deadline is the region's choice. */
    public static EvaluationCycle draft(int year, LocalDate reportingDeadline, String by, Instant now, ZoneId zone) {
        EvaluationCycle c = new EvaluationCycle();
        c.year = year;
        c.requireOpenSchedule(now, zone);
        c.setReportingDeadline(reportingDeadline);
        c.scheduleDraftedBy = by;
        c.scheduleDraftedAt = now;
        return c;
    }

    /**
     * A changed schedule needs the akim's approval again. An approved schedule changes only until 1 December of
     * the year (decree ¶4); one still unapproved then stays open to the planning body, because without it the
     * region's year cannot run (¶6: a missed date is a breach, not a dead end).
     */
    public void redraft(LocalDate reportingDeadline, String by, Instant now, ZoneId zone) {
        requireOpenSchedule(now, zone);
        setReportingDeadline(reportingDeadline);
        scheduleStatus = ScheduleStatus.DRAFT;
        scheduleApprovedBy = null;
        scheduleApprovedAt = null;
        scheduleDraftedBy = by;
        scheduleDraftedAt = now;
    }

    /** ¶8: the akim approves the schedule, by 1 December of the year (decree ¶4). */
    public void approve(String by, Instant now, ZoneId zone) {
        requireOpenSchedule(now, zone);
        if (scheduleStatus == ScheduleStatus.APPROVED) {
            throw new RuleViolation("schedule.approved.already");
        }
        if (scheduleFrozen(now, zone)) {
            throw new RuleViolation("schedule.late.reason", year);
        }
        scheduleStatus = ScheduleStatus.APPROVED;
        scheduleApprovedBy = by;
        scheduleApprovedAt = now;
    }

    /**
     * ¶6, decree ¶4: after 1 December the akim may still approve a schedule nobody approved in time, giving the
     * reason; the approval is recorded as a breach of decree ¶4 and the year runs on.
     */
    public void approveLate(String reason, String by, Instant now, ZoneId zone) {
        if (scheduleStatus == ScheduleStatus.APPROVED) {
            throw new RuleViolation("schedule.approved.already");
        }
        if (!scheduleFrozen(now, zone)) {
            throw new RuleViolation("schedule.late.notLate");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolation("extension.reason.required");
        }
        scheduleStatus = ScheduleStatus.APPROVED;
        scheduleApprovedBy = by;
        scheduleApprovedAt = now;
        scheduleLateReason = reason.strip();
    }

    public boolean scheduleFrozen(Instant now, ZoneId zone) {
        return Deadlines.passed(CycleStep.SCHEDULE.fixedDate(year).orElseThrow(), zone, now);
    }

    private void requireOpenSchedule(Instant now, ZoneId zone) {
        if (scheduleStatus == ScheduleStatus.APPROVED && scheduleFrozen(now, zone)) {
            throw new RuleViolation("schedule.frozen", year);
        }
    }

    private void setReportingDeadline(LocalDate date) {
        LocalDate conclusions = CycleStep.CONCLUSIONS.fixedDate(year).orElseThrow();
        if (date == null || date.getYear() != year + 1 || !date.isBefore(conclusions.minusMonths(1))) {
            throw new RuleViolation("schedule.reporting.range", year + 1);
        }
        reportingDeadline = date;
    }

    /** The deadline of a step; the reporting deadline is the schedule's. */
    public Optional<LocalDate> deadline(CycleStep step) {
        return step == CycleStep.REPORTING ? Optional.of(reportingDeadline) : step.fixedDate(year);
    }

    /** ¶12: the planning body assembled the general evaluation (all directions final). */
    public void assembleGeneral(String by, Instant now) {
        if (generalSubmittedAt != null) {
            throw new RuleViolation("cycle.step.done", "GENERAL_EVALUATION");
        }
        generalAssembledBy = by;
        generalAssembledAt = now;
    }

    /** ¶49: the general evaluation went to the commission; the bodies are notified at the same time. */
    public void submitGeneral(String by, Instant now) {
        if (generalAssembledAt == null) {
            throw new RuleViolation("cycle.step.order", "GENERAL_EVALUATION");
        }
        if (generalSubmittedAt != null) {
            throw new RuleViolation("cycle.step.done", "GENERAL_EVALUATION");
        }
        generalSubmittedBy = by;
        generalSubmittedAt = now;
    }

    /** ¶51: the commission's expert conclusion, sent to the akim with the results. */
    public void recordCommissionConclusion(String text, String by, Instant now) {
        if (generalSubmittedAt == null) {
            throw new RuleViolation("cycle.step.order", "COMMISSION");
        }
        if (commissionSentAt != null) {
            throw new RuleViolation("cycle.step.done", "COMMISSION");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("cycle.commission.text");
        }
        commissionConclusion = text.strip();
        commissionRecordedBy = by;
        commissionSentAt = now;
    }

    /** ¶52: the working body sent the results with instructions and recommendations to the heads of bodies. */
    public void dispatchResults(String by, Instant now) {
        if (commissionSentAt == null) {
            throw new RuleViolation("cycle.step.order", "DISPATCH");
        }
        if (resultsDispatchedAt != null) {
            throw new RuleViolation("cycle.step.done", "DISPATCH");
        }
        resultsDispatchedBy = by;
        resultsDispatchedAt = now;
    }

    /** ¶53: the akim approves the report and sends it to the central ministry. */
    public void approveAkimReport(String text, String by, Instant now) {
        if (commissionSentAt == null) {
            throw new RuleViolation("cycle.step.order", "AKIM_REPORT");
        }
        if (akimSentAt != null) {
            throw new RuleViolation("cycle.step.done", "AKIM_REPORT");
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolation("cycle.akim.text");
        }
        akimReport = text.strip();
        akimApprovedBy = by;
        akimSentAt = now;
    }

    /**
     * ¶54: the planning body publishes the results once the commission has concluded (step 5). The akim's report
     * to the ministry (¶53) runs beside it: a region whose report is late still publishes, and the report's
     * lateness stays on record (¶6).
     */
    public void publish(String by, Instant now) {
        if (commissionSentAt == null) {
            throw new RuleViolation("cycle.step.order", "PUBLICATION");
        }
        if (publishedAt != null) {
            throw new RuleViolation("cycle.step.done", "PUBLICATION");
        }
        publishedBy = by;
        publishedAt = now;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public ScheduleStatus scheduleStatus() {
        return scheduleStatus;
    }

    public boolean scheduleApproved() {
        return scheduleStatus == ScheduleStatus.APPROVED;
    }

    public LocalDate reportingDeadline() {
        return reportingDeadline;
    }

    public String scheduleDraftedBy() {
        return scheduleDraftedBy;
    }

    public Instant scheduleDraftedAt() {
        return scheduleDraftedAt;
    }

    public String scheduleApprovedBy() {
        return scheduleApprovedBy;
    }

    public Instant scheduleApprovedAt() {
        return scheduleApprovedAt;
    }

    /** The akim's reason for approving after 1 December (decree ¶4); null when approved in time. */
    public String scheduleLateReason() {
        return scheduleLateReason;
    }

    public Instant generalAssembledAt() {
        return generalAssembledAt;
    }

    public String generalSubmittedBy() {
        return generalSubmittedBy;
    }

    public Instant generalSubmittedAt() {
        return generalSubmittedAt;
    }

    public String commissionConclusion() {
        return commissionConclusion;
    }

    public String commissionRecordedBy() {
        return commissionRecordedBy;
    }

    public Instant commissionSentAt() {
        return commissionSentAt;
    }

    public Instant resultsDispatchedAt() {
        return resultsDispatchedAt;
    }

    public String akimReport() {
        return akimReport;
    }

    public String akimApprovedBy() {
        return akimApprovedBy;
    }

    public Instant akimSentAt() {
        return akimSentAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
