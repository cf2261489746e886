package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;

/** The cycle page's picture of a region's year: schedule, progress per step and the region-wide records. */
@Stateless
@PermitAll
public class CycleOverviewService {

    /**
     * The state a direction must have reached for each step to count as done for it; the states are in
     * cycle order, an appealed direction counting as concluded but not yet final.
     */
    private static final Map<CycleStep, DirectionState> REACHED = Map.of(
            CycleStep.REPORTING, DirectionState.SUBMITTED,
            CycleStep.CONCLUSIONS, DirectionState.CONCLUSION_SENT,
            CycleStep.CORRECTED_CONCLUSIONS, DirectionState.FINAL,
            CycleStep.GENERAL_EVALUATION, DirectionState.INCLUDED,
            CycleStep.COMMISSION, DirectionState.COMMISSION_CONCLUDED,
            CycleStep.AKIM_REPORT, DirectionState.REPORTED);

    @EJB
    private ScheduleService schedules;

    @EJB
    private CycleService cycleService;

    @Inject
    private CycleRepository cycles;

    @Inject
    private CycleDirections directions;

    @Inject
    private EvaluationAccess access;

    public CycleOverview overview(int year) {
        ScheduleView schedule = schedules.view(year);
        List<DirectionEvaluation> all = directions.all(year).stream().filter(d -> access.canSee(d.evaluation()))
                .toList();
        List<CycleOverview.StepProgress> steps = new ArrayList<>();
        for (ScheduleView.Step step : schedule.steps()) {
            DirectionState reached = REACHED.get(step.step());
            if (step.step() == CycleStep.SCHEDULE) {
                steps.add(new CycleOverview.StepProgress(step,
                        schedule.status() == EvaluationCycle.ScheduleStatus.APPROVED ? 1 : 0, 1));
            } else {
                int done = reached == null ? 0
                        : (int) all.stream().filter(d -> d.state().ordinal() >= reached.ordinal()).count();
                steps.add(new CycleOverview.StepProgress(step, done, reached == null ? 0 : all.size()));
            }
        }
        Map<DirectionState, Long> counts = all.stream()
                .collect(Collectors.groupingBy(DirectionEvaluation::state, Collectors.counting()));
        List<CycleOverview.StateCount> states = Arrays.stream(DirectionState.values())
                .map(s -> new CycleOverview.StateCount(s, counts.getOrDefault(s, 0L))).toList();
        int ready = cycleService.readyToFinalise(all).size();
        Optional<EvaluationCycle> c = cycles.findCycle(year);
        return new CycleOverview(year, schedule, steps, states, all.size(), ready,
                get(c, EvaluationCycle::generalAssembledAt), get(c, EvaluationCycle::generalSubmittedAt),
                get(c, EvaluationCycle::commissionConclusion), get(c, EvaluationCycle::commissionRecordedBy),
                get(c, EvaluationCycle::commissionSentAt), get(c, EvaluationCycle::resultsDispatchedAt),
                get(c, EvaluationCycle::akimReport), get(c, EvaluationCycle::akimApprovedBy),
                get(c, EvaluationCycle::akimSentAt), get(c, EvaluationCycle::publishedAt),
                get(c, EvaluationCycle::publishedBy));
    }

    private static <T> T get(Optional<EvaluationCycle> cycle, Function<EvaluationCycle, T> field) {
        return cycle.map(field).orElse(null);
    }
}
