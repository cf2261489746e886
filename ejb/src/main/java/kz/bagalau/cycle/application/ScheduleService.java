package kz.bagalau.cycle.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DeadlineExtension;
import kz.bagalau.cycle.domain.Deadlines;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.DeadlineExtended;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.ScheduleApproved;
import kz.bagalau.shared.event.ScheduleDrafted;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The schedule (¶7, ¶8, decree ¶4): the planning body drafts it with the reporting deadline, the akim approves
 * it, and after 1 December of the evaluated year it is frozen. ¶6: a missed date never stops the year: the akim
 * may approve a late schedule with a reason (a recorded breach of decree ¶4) and extends the region's steps; the
 * apparatus, itself the evaluator of five directions, extends only the bodies' reporting (¶9.2: nobody extends
 * its own deadline); the akim's own 25 July report is allowed late only by the ministry
 * ({@link LateReportAuthorisation}).
 */
@Stateless
public class ScheduleService {

    @Inject
    private CycleRepository cycles;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    @Inject
    private BodyRegistry registry;

    @Resource
    private SessionContext session;

    @Inject
    private DomainEvents events;

    public ScheduleView view(int year) {
        ZoneId zone = time.zone();
        Instant now = time.clock().instant();
        Optional<EvaluationCycle> cycle = cycles.findCycle(year);
        List<ScheduleView.Step> steps = new ArrayList<>();
        for (CycleStep step : CycleStep.values()) {
            if (step.perSubject()) {
                continue;
            }
            Optional<LocalDate> date = cycle.map(c -> c.deadline(step)).orElseGet(() -> step.fixedDate(year));
            date.ifPresent(d -> steps.add(new ScheduleView.Step(step, step.paragraph(), d, Deadlines.endOf(d, zone),
                    Deadlines.passed(d, zone, now))));
        }
        List<ScheduleView.Extension> extensions = cycles.extensions(year).stream()
                .map(x -> new ScheduleView.Extension(x.id(), x.step(), x.bodyId(), x.direction(), x.appealId(),
                        x.until(), x.reason(), x.grantedBy(), x.grantedAt())).toList();
        boolean frozen = Deadlines.passed(CycleStep.SCHEDULE.fixedDate(year).orElseThrow(), zone, now);
        return new ScheduleView(year, cycle.isPresent(), cycle.map(EvaluationCycle::scheduleStatus).orElse(null),
                zone.getId(), cycle.map(EvaluationCycle::scheduleDraftedBy).orElse(null),
                cycle.map(EvaluationCycle::scheduleDraftedAt).orElse(null),
                cycle.map(EvaluationCycle::scheduleApprovedBy).orElse(null),
                cycle.map(EvaluationCycle::scheduleApprovedAt).orElse(null), frozen,
                cycle.map(EvaluationCycle::scheduleLateReason).orElse(null),
                cycle.map(EvaluationCycle::akimSentAt).isPresent(), steps, extensions);
    }

    /** ¶8: the planning body drafts (or, before the freeze, changes) the schedule. */
    @RolesAllowed(Role.Names.PLANNING_BODY)
    public ScheduleView draft(int year, LocalDate reportingDeadline) {
        Optional<EvaluationCycle> existing = cycles.findCycle(year);
        Map<String, Object> before = existing.map(ScheduleService::snapshot).orElse(null);
        EvaluationCycle cycle = existing.orElseGet(() -> null);
        if (cycle == null) {
            cycle = cycles.add(EvaluationCycle.draft(year, reportingDeadline, caller(), time.clock().instant(),
                    time.zone()));
        } else {
            cycle.redraft(reportingDeadline, caller(), time.clock().instant(), time.zone());
        }
        cycles.flush();
        audit.record("SCHEDULE_DRAFTED", "evaluation_cycle", year, before, snapshot(cycle));
        events.publish(new ScheduleDrafted(tenant(), year, cycle.reportingDeadline(), cycle.scheduleDraftedBy(),
                cycle.scheduleDraftedAt()));
        return view(year);
    }

    /** ¶8: the akim approves the schedule, until 1 December of the year (decree ¶4). */
    @RolesAllowed(Role.Names.AKIM)
    public ScheduleView approve(int year) {
        EvaluationCycle cycle = cycles.findCycle(year).orElseThrow(() -> new RuleViolation("schedule.missing", year));
        Map<String, Object> before = snapshot(cycle);
        cycle.approve(caller(), time.clock().instant(), time.zone());
        cycles.flush();
        audit.record("SCHEDULE_APPROVED", "evaluation_cycle", year, before, snapshot(cycle));
        events.publish(new ScheduleApproved(tenant(), year, cycle.reportingDeadline(), cycle.scheduleApprovedBy(),
                cycle.scheduleApprovedAt()));
        return view(year);
    }

    /**
     * ¶6, decree ¶4: the akim approves a schedule after 1 December with the reason; the late approval is a
     * recorded breach and the year runs on.
     */
    @RolesAllowed(Role.Names.AKIM)
    public ScheduleView approveLate(int year, String reason) {
        EvaluationCycle cycle = cycles.findCycle(year).orElseThrow(() -> new RuleViolation("schedule.missing", year));
        Map<String, Object> before = snapshot(cycle);
        cycle.approveLate(reason, caller(), time.clock().instant(), time.zone());
        cycles.flush();
        Map<String, Object> after = new java.util.LinkedHashMap<>(snapshot(cycle));
        after.put("lateReason", cycle.scheduleLateReason());
        after.put("paragraph", "decree ¶4");
        audit.record("SCHEDULE_APPROVED_LATE", "evaluation_cycle", year, before, after);
        events.publish(new ScheduleApproved(tenant(), year, cycle.reportingDeadline(), cycle.scheduleApprovedBy(),
                cycle.scheduleApprovedAt()));
        return view(year);
    }

    /**
     * ¶6: extends one step's deadline, region-wide or for one body / direction / appeal of the region, with the
     * reason. The akim extends the region's steps; the apparatus only the bodies' reporting, never a step it
     * answers for as an evaluator (¶9.2); the 25 July report only the ministry.
     */
    @RolesAllowed({Role.Names.AKIM, Role.Names.AKIM_APPARATUS})
    public void extend(int year, CycleStep step, Long bodyId, Integer direction, Long appealId, LocalDate until,
                       String reason) {
        if (bodyId != null) {
            registry.get(bodyId);
        }
        if (appealId != null) {
            cycles.getAppeal(appealId);
        }
        if (step == CycleStep.AKIM_REPORT) {
            throw new RuleViolation("extension.ministry.only", step.name());
        }
        if (!session.isCallerInRole(Role.Names.AKIM) && step != CycleStep.REPORTING) {
            throw new RuleViolation(step == CycleStep.GENERAL_EVALUATION || step == CycleStep.COMMISSION
                    ? "extension.akim.only" : "extension.own.deadline", step.name());
        }
        grant(year, step, bodyId, direction, appealId, until, reason);
    }

    /**
     * ¶6, ¶53: the ministry allows the akim's report after 25 July, with the reason; the akim, the late party,
     * cannot. Runs in the region's tenant, which {@link LateReportAuthorisation} opens for this one act.
     */
    @RolesAllowed(Role.Names.MINISTRY)
    public void allowLateAkimReport(int year, LocalDate until, String reason) {
        cycles.findCycle(year).orElseThrow(() -> new RuleViolation("schedule.missing", year));
        grant(year, CycleStep.AKIM_REPORT, null, null, null, until, reason);
    }

    /** Records an extension whose grantor the caller has already been checked to be. */
    private void grant(int year, CycleStep step, Long bodyId, Integer direction, Long appealId, LocalDate until,
               String reason) {
        DeadlineExtension x = cycles.add(new DeadlineExtension(year, step, bodyId, direction, appealId, until, reason,
                caller(), time.clock().instant()));
        audit.record("DEADLINE_EXTENDED", "deadline_extension", x.id(), null, Map.of("year", year, "step", step.name(),
                "until", until.toString(), "reason", x.reason(), "body", bodyId == null ? "" : bodyId.toString(),
                "direction", direction == null ? "" : direction.toString()));
        events.publish(new DeadlineExtended(tenant(), year, step.name(), bodyId, direction, appealId, until, x.reason(),
                x.grantedBy(), x.grantedAt()));
    }

    private static Map<String, Object> snapshot(EvaluationCycle c) {
        return Map.of("status", c.scheduleStatus().name(), "reportingDeadline", c.reportingDeadline().toString());
    }

    private static String tenant() {
        return TenantContext.require().tenantCode();
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
