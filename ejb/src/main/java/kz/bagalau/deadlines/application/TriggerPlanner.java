package kz.bagalau.deadlines.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.cycle.application.DeadlineGuard;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.deadlines.domain.DeadlineTriggerRepository;
import kz.bagalau.deadlines.domain.TriggerPlan;
import kz.bagalau.shared.event.DeadlineExtended;
import kz.bagalau.shared.event.ScheduleApproved;
import kz.bagalau.tenancy.application.RegionTime;

/**
 * Plans a region-year's firings when its schedule is approved (or approved again after a change), in the
 * approval's own transaction: the rows still planned are replaced, so re-approving never doubles a reminder. A
 * region-wide extension moves that step's firings to the new date. The ministry's 15 August summary is national
 * and not planned per region.
 */
@ApplicationScoped
public class TriggerPlanner {

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
    private Clock clock;

    void on(@Observes ScheduleApproved e) {
        plan(e.year(), List.of());
    }

    void on(@Observes DeadlineExtended e) {
        if (e.bodyId() == null && e.direction() == null && e.appealId() == null
                && PLANNED_STEPS.stream().anyMatch(s -> s.name().equals(e.step()))) {
            plan(e.year(), List.of(e.step()));
        }
    }

    /** Plans the approved years of the current region that have no plan yet (a region approved before this ran). */
    public int planMissing() {
        List<Integer> planned = triggers.plannedYears();
        return cycles.approvedYears().stream().filter(y -> !planned.contains(y)).mapToInt(y -> plan(y, List.of()))
                .sum();
    }

    /** (Re)plans {@code steps} of {@code year}, or every step when empty; returns the rows planned. */
    public int plan(int year, List<String> steps) {
        Map<String, LocalDate> deadlines = new LinkedHashMap<>();
        for (CycleStep step : PLANNED_STEPS) {
            if (steps.isEmpty() || steps.contains(step.name())) {
                guard.effective(year, step, null, null, null, null).ifPresent(d -> deadlines.put(step.name(), d));
            }
        }
        return triggers.replacePlanned(year, steps, TriggerPlan.of(deadlines, TriggerPlan.DEFAULT_OFFSETS, time.zone()),
                clock.instant());
    }
}
