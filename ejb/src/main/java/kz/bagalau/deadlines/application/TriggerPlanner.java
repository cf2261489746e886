package kz.bagalau.deadlines.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import kz.bagalau.cycle.application.CalendarService;
import kz.bagalau.cycle.application.DeadlineGuard;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.ReceiptRule;
import kz.bagalau.cycle.domain.WorkingCalendar;
import kz.bagalau.deadlines.domain.DeadlineTriggerRepository;
import kz.bagalau.deadlines.domain.PlannedFiring;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.deadlines.domain.TriggerKind;
import kz.bagalau.deadlines.domain.TriggerPlan;
import kz.bagalau.shared.event.ConclusionReceived;
import kz.bagalau.shared.event.ConclusionSent;
import kz.bagalau.shared.event.DeadlineExtended;
import kz.bagalau.shared.event.DocumentsRequested;
import kz.bagalau.shared.event.ScheduleApproved;
import kz.bagalau.shared.event.SpecialCommissionFormed;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Plans a region-year's firings when its schedule is approved (or approved again after a change), in the
 * approval's own transaction: the rows still planned are replaced, so re-approving never doubles a reminder. A
 * region-wide extension moves that step's firings to the new date. An appeal's special commission gets its own
 * firings when it is formed (¶58). The ministry's 15 August summary is national and not planned per region.
 */
@ApplicationScoped
public class TriggerPlanner {

    private static final SortedSet<Integer> REQUEST_OFFSETS = new TreeSet<>(List.of(3, 1, 0));
    private static final SortedSet<Integer> WINDOW_OFFSETS = new TreeSet<>(List.of(1));

    static final List<CycleStep> PLANNED_STEPS = List.of(CycleStep.REPORTING, CycleStep.CONCLUSIONS,
            CycleStep.CORRECTED_CONCLUSIONS, CycleStep.GENERAL_EVALUATION, CycleStep.COMMISSION, CycleStep.AKIM_REPORT);

    @Inject
    private DeadlineTriggerRepository triggers;

    @Inject
    private CycleRepository cycles;

    @EJB
    private DeadlineGuard guard;

    @Inject
    private RegionTime time;

    @Inject
    private TenantDirectory tenants;

    @EJB
    private CalendarService calendars;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private Clock clock;

    void on(@Observes ScheduleApproved e) {
        plan(e.year(), List.of());
    }

    void on(@Observes DeadlineExtended e) {
        if (e.bodyId() == null && e.direction() == null && e.appealId() == null
                && PLANNED_STEPS.stream().anyMatch(s -> s.name().equals(e.step()))) {
            plan(e.year(), List.of(e.step()));
        }
        if (e.appealId() != null && CycleStep.APPEAL_DECISION.name().equals(e.step())) {
            planAppeal(e.year(), e.appealId());
        }
    }

    /**
     * ¶44: the body asked for information or documents is reminded 3 days and 1 day before the request's due date
     * and on its morning, while it has not answered. The due date is the evaluator's, not a step of the schedule:
     * no breach is recorded for it.
     */
    void on(@Observes DocumentsRequested e) {
        String step = CycleStep.DOCUMENT_REQUEST.name();
        List<PlannedFiring> reminders = TriggerPlan.ofOne(step, e.requestId(), e.due(), REQUEST_OFFSETS, time.zone())
                .stream().filter(f -> f.kind() == TriggerKind.REMINDER).toList();
        triggers.replacePlannedOf(e.year(), step, e.requestId(), reminders, clock.instant());
    }

    /** ¶55: the body is reminded the day before its appeal window closes, counted from the latest receipt. */
    void on(@Observes ConclusionSent e) {
        planWindow(e.year(), e.conclusionId(), e.at(), null);
    }

    /** ¶55: a receipt confirmed earlier moves the window's end, and its reminder, earlier. */
    void on(@Observes ConclusionReceived e) {
        evaluations.findConclusion(e.conclusionId())
                .ifPresent(c -> planWindow(e.year(), c.id(), c.sentAt(), c.receivedAt()));
    }

    private void planWindow(int year, long conclusionId, Instant sentAt, Instant receivedAt) {
        ZoneId zone = time.zone();
        WorkingCalendar calendar = calendars.around(sentAt.atZone(zone).toLocalDate());
        LocalDate end = ReceiptRule.appealWindowEnd(ReceiptRule.receipt(sentAt, receivedAt, calendar, zone), calendar);
        String step = CycleStep.APPEAL_WINDOW.name();
        List<PlannedFiring> reminder = TriggerPlan.ofOne(step, conclusionId, end, WINDOW_OFFSETS, zone).stream()
                .filter(f -> f.kind() == TriggerKind.REMINDER).toList();
        triggers.replacePlannedOf(year, step, conclusionId, reminder, clock.instant());
    }

    /** ¶58: once the special commission is formed, its members are reminded before the decision is due. */
    void on(@Observes SpecialCommissionFormed e) {
        planAppeal(e.year(), e.appealId());
    }

    /**
     * ¶58: reminders 2 working days and 1 working day before the appeal's decision is due (extensions
     * included), and the due date itself, about this appeal only.
     */
    public int planAppeal(int year, long appealId) {
        Appeal appeal = cycles.getAppeal(appealId);
        LocalDate due = guard.effective(year, CycleStep.APPEAL_DECISION, null, null, appealId, appeal.decisionDue())
                .orElse(appeal.decisionDue());
        WorkingCalendar calendar = calendars.around(due);
        SortedSet<Integer> offsets = new TreeSet<>();
        for (int workingDays : List.of(2, 1)) {
            offsets.add((int) ChronoUnit.DAYS.between(calendar.workingDaysBefore(due, workingDays), due));
        }
        String step = CycleStep.APPEAL_DECISION.name();
        return triggers.replacePlannedOf(year, step, appealId, TriggerPlan.ofOne(step, appealId, due, offsets,
                time.zone()), clock.instant());
    }

    /** Plans the approved years of the current region that have no plan yet (a region approved before this ran). */
    public int planMissing() {
        List<Integer> planned = triggers.plannedYears();
        return cycles.approvedYears().stream().filter(y -> !planned.contains(y))
                .mapToInt(y -> plan(y, List.of()) + planPendingAppeals(y)).sum();
    }

    /** The appeals of {@code year} whose special commission is formed and has not decided (history, a new node). */
    private int planPendingAppeals(int year) {
        List<Long> directions = evaluations.ofYear(year).stream().flatMap(e -> e.directions().stream())
                .map(DirectionEvaluation::id).toList();
        return directions.isEmpty() ? 0 : cycles.appeals(directions).stream()
                .filter(a -> !a.members().isEmpty() && a.decidedAt() == null)
                .mapToInt(a -> planAppeal(year, a.id())).sum();
    }

    /** (Re)plans {@code steps} of {@code year}, or every step when empty; returns the rows planned. */
    public int plan(int year, List<String> steps) {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        for (CycleStep step : PLANNED_STEPS) {
            if (steps.isEmpty() || steps.contains(step.name())) {
                guard.effective(year, step, null, null, null, null).ifPresent(d -> deadlines.put(step.name(), d));
            }
        }
        // The region's own reminder days, as its administrator set them (the national default otherwise).
        SortedSet<Integer> offsets = new TreeSet<>(tenants.get(TenantContext.require().tenantCode()).reminderOffsets());
        return triggers.replacePlanned(year, steps, TriggerPlan.of(deadlines, offsets, time.zone()),
                clock.instant());
    }
}
