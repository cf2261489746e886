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
import kz.bagalau.cycle.domain.DirectionStage;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.domain.DirectionEvaluation;

/** The cycle page's picture of a region's year: schedule, progress per step and the region-wide records. */
@Stateless
@PermitAll
public class CycleOverviewService {

    /**
     * The stage a direction must have reached for each step to count as done for it, an appealed direction
     * counting as concluded but not yet final.
     */
    private static final Map<CycleStep, DirectionStage> REACHED = Map.of(
            CycleStep.REPORTING, DirectionStage.SUBMITTED,
            CycleStep.CONCLUSIONS, DirectionStage.CONCLUSION_SENT,
            CycleStep.CORRECTED_CONCLUSIONS, DirectionStage.FINAL,
            CycleStep.GENERAL_EVALUATION, DirectionStage.INCLUDED,
            CycleStep.COMMISSION, DirectionStage.COMMISSION_CONCLUDED);

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
        Optional<EvaluationCycle> c = cycles.findCycle(year);
        List<DirectionEvaluation> all = directions.all(year).stream().filter(d -> access.countsInProgress(d.evaluation()))
                .toList();
        List<DirectionStage> stages = all.stream().map(d -> DirectionStage.of(d.state(), c)).toList();
        List<CycleOverview.StepProgress> steps = new ArrayList<>();
        for (ScheduleView.Step step : schedule.steps()) {
            DirectionStage reached = REACHED.get(step.step());
            if (step.step() == CycleStep.SCHEDULE) {
                steps.add(new CycleOverview.StepProgress(step,
                        schedule.status() == EvaluationCycle.ScheduleStatus.APPROVED ? 1 : 0, 1));
            } else if (step.step() == CycleStep.AKIM_REPORT) {
                // ¶53, ¶6: the report is one act of the akim, and publication may come before a late one, so the
                // directions' stages do not tell whether it was sent.
                boolean sent = c.map(EvaluationCycle::akimSentAt).isPresent();
                steps.add(new CycleOverview.StepProgress(step, sent ? all.size() : 0, all.size()));
            } else {
                int done = reached == null ? 0
                        : (int) stages.stream().filter(stage -> stage.hasReached(reached)).count();
                steps.add(new CycleOverview.StepProgress(step, done, reached == null ? 0 : all.size()));
            }
        }
        Map<DirectionStage, Long> counts = stages.stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<CycleOverview.StateCount> states = Arrays.stream(DirectionStage.values())
                .map(s -> new CycleOverview.StateCount(s, counts.getOrDefault(s, 0L))).toList();
        int ready = cycleService.readyToFinalise(all).size();
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
