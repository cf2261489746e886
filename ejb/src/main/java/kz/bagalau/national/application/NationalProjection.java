package kz.bagalau.national.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.bagalau.cycle.application.ScheduleService;
import kz.bagalau.cycle.application.ScheduleView;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.national.domain.NationalReadModel;
import kz.bagalau.national.domain.RegionStep;
import kz.bagalau.national.domain.RegionTallies;
import kz.bagalau.national.domain.RegionTally;
import kz.bagalau.national.domain.RegionYearRows;
import kz.bagalau.shared.event.YearEvent;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Keeps the region's rows of the national read model in step with its data, in the transaction of the change
 * itself: every event of a region's year recounts that region-year from the region's own data and replaces its
 * rows. Recounting rather than adding deltas makes the listener and the rebuild ({@link NationalRebuild}) one
 * computation, so a rebuild gives the same rows by construction, and a missed or repeated event cannot drift.
 */
@ApplicationScoped
public class NationalProjection {

    @EJB
    private ScheduleService schedules;

    @Inject
    private CycleRepository cycles;

    @Inject
    private RegionTallies tallies;

    @Inject
    private NationalReadModel model;

    void on(@Observes YearEvent event) {
        refresh(event.year());
    }

    /** Recounts the current region's {@code year} and replaces its national rows. */
    public void refresh(int year) {
        String region = TenantContext.require().tenantCode();
        ScheduleView schedule = schedules.view(year);
        Instant reportingEnds = schedule.steps().stream().filter(s -> s.step() == CycleStep.REPORTING)
                .map(ScheduleView.Step::endsAt).findFirst().orElse(null);
        RegionTally tally = tallies.tally(year, reportingEnds);
        Optional<EvaluationCycle> cycle = cycles.findCycle(year);
        List<RegionStep> steps = schedule.steps().stream().filter(s -> s.step() != CycleStep.MINISTRY_SUMMARY)
                .map(s -> new RegionStep(region, year, s.step().name(), s.date(), s.endsAt(),
                        doneAt(s.step(), schedule, cycle, tally), extendedUntil(schedule, s.step())))
                .toList();
        model.replace(new RegionYearRows(tally.progress(region, year), steps, tallies.directionMeans(region, year),
                tallies.paces(region, year), tallies.types(region, year), tallies.typeDirections(region, year)));
    }

    /** When the region as a whole completed {@code step}: its own act, or the last direction passing it. */
    private static Instant doneAt(CycleStep step, ScheduleView schedule, Optional<EvaluationCycle> cycle,
                                  RegionTally tally) {
        return switch (step) {
            case SCHEDULE -> schedule.approvedAt();
            case REPORTING -> tally.allSubmittedAt();
            case CONCLUSIONS -> tally.allConcludedAt();
            case CORRECTED_CONCLUSIONS -> tally.allFinalAt();
            case GENERAL_EVALUATION -> cycle.map(EvaluationCycle::generalSubmittedAt).orElse(null);
            case COMMISSION -> cycle.map(EvaluationCycle::commissionSentAt).orElse(null);
            case AKIM_REPORT -> cycle.map(EvaluationCycle::akimSentAt).orElse(null);
            default -> null;
        };
    }

    /** The latest region-wide extension of {@code step} (not one body's, direction's or appeal's). */
    private static LocalDate extendedUntil(ScheduleView schedule, CycleStep step) {
        return schedule.extensions().stream()
                .filter(x -> x.step() == step && x.bodyId() == null && x.direction() == null && x.appealId() == null)
                .map(ScheduleView.Extension::until).max(LocalDate::compareTo).orElse(null);
    }
}
