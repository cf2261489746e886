package kz.bagalau.cycle.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.EvaluationCycle;

/**
 * A region's schedule for one evaluated year: each step with its deadline as a local date in the region's zone
 * and as the instant it ends, the approval (with the reason when it came after 1 December), whether it is frozen,
 * whether the akim's report has gone, and the extensions granted.
 */
public record ScheduleView(int year, boolean exists, EvaluationCycle.ScheduleStatus status, String timeZone,
                           String draftedBy, Instant draftedAt, String approvedBy, Instant approvedAt, boolean frozen,
                           String lateReason, boolean akimReportSent, List<Step> steps, List<Extension> extensions) {

    /** A step and its deadline. */
    public record Step(CycleStep step, String paragraph, LocalDate date, Instant endsAt, boolean passed) {
    }

    /** A granted extension. */
    public record Extension(long id, CycleStep step, Long bodyId, Integer direction, Long appealId, LocalDate until,
                            String reason, String grantedBy, Instant grantedAt) {
    }

    public ScheduleView {
        steps = List.copyOf(steps);
        extensions = List.copyOf(extensions);
    }
}
