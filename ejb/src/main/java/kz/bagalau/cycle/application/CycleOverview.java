package kz.bagalau.cycle.application;

import java.time.Instant;
import java.util.List;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DirectionStage;

/**
 * Where a region's cycle of one year stands: the schedule, each step with how many directions got past it,
 * the record of the region-wide steps, and what the caller can do next.
 */
public record CycleOverview(int year, ScheduleView schedule, List<StepProgress> steps, List<StateCount> states,
                            int directions, int readyToFinalise, Instant generalAssembledAt,
                            Instant generalSubmittedAt, String commissionConclusion, String commissionRecordedBy,
                            Instant commissionSentAt, Instant resultsDispatchedAt, String akimReport,
                            String akimApprovedBy, Instant akimSentAt, Instant publishedAt, String publishedBy) {

    /**
     * A step of the schedule and how far the region got with it: directions for the steps they pass, the
     * approval for the schedule itself, nothing for the ministry's national step.
     */
    public record StepProgress(ScheduleView.Step step, int done, int total) {

        public CycleStep cycleStep() {
            return step.step();
        }

        public boolean complete() {
            return total > 0 && done == total;
        }

        /** The deadline passed and not everything got past the step. */
        public boolean late() {
            return step.passed() && total > 0 && done < total;
        }
    }

    /** How many directions are at a stage of the year. */
    public record StateCount(DirectionStage state, long count) {
    }

    /**
     * ¶6, ¶53: the akim's report went after 25 July, through the ministry's late path; a late completion
     * stays shown as late.
     */
    public boolean akimReportLate() {
        return akimSentAt != null && steps.stream().filter(s -> s.cycleStep() == CycleStep.AKIM_REPORT)
                .anyMatch(s -> !akimSentAt.isBefore(s.step().endsAt()));
    }

    public CycleOverview {
        steps = List.copyOf(steps);
        states = List.copyOf(states);
    }
}
