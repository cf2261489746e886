package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DeadlineExtension;
import kz.bagalau.cycle.domain.Deadlines;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.application.BodyRef;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.application.ResponsibleUnit;
import kz.bagalau.registry.application.ResponsibleUnits;
import kz.bagalau.tenancy.application.RegionTime;

/**
 * Deadline breaches of a year (¶62-¶64), per body and person responsible: a step done after its deadline, or
 * not done while the deadline has passed. The deadline is the schedule's; an extension does not erase the
 * breach but is shown beside it. For a body's reporting the first head answers (¶62-¶63); for conclusions the
 * evaluator's unit (¶64); for the region's steps the planning body, the commission and the akim.
 */
@Stateless
@PermitAll
public class BreachService {

    /** One breach; {@code doneAt} null while the step is still not done. */
    public record Breach(CycleStep step, String paragraph, BodyRef body, Integer direction, LocalDate deadline,
                         LocalDate extendedUntil, Instant doneAt, Role responsibleRole, String responsiblePerson,
                         long daysLate, ResponsibleUnit unit, String actedBy) {
    }

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @EJB
    private DeadlineGuard deadlines;

    @Inject
    private BodyRegistry registry;

    @Inject
    private RegionTime time;

    @Inject
    private EvaluationAccess access;

    @Inject
    private ResponsibleUnits responsibleUnits;

    /**
     * The year's breaches the caller answers for or oversees (need-to-know): the akim, the working body (¶66)
     * and the ministry every row; a body its own; an evaluator, the planning body and the commission the steps
     * their unit answers for (¶64). Anyone else: "not found".
     */
    public List<Breach> list(int year) {
        access.requireInRegion(NeedToKnow.Material.BREACH);
        NeedToKnow.Reader reader = access.regionReader();
        return all(year).stream()
                .filter(b -> NeedToKnow.seesBreach(reader, b.body() == null ? null : b.body().id(), b.responsibleRole()))
                .toList();
    }

    private List<Breach> all(int year) {
        ResponsibleUnits.Region units = responsibleUnits.ofRegion();
        Optional<EvaluationCycle> cycle = cycles.findCycle(year);
        if (cycle.isEmpty()) {
            return List.of();
        }
        Map<Long, BodySummary> bodies = registry.byId();
        List<Breach> breaches = new ArrayList<>();
        List<Long> directionIds = new ArrayList<>();
        List<Evaluation> ofYear = evaluations.ofYear(year);
        // Read once for the whole list: conclusions, extensions, the zone and the moment (a region has hundreds).
        Map<Long, List<Conclusion>> conclusions = evaluations.conclusionsOf(ofYear.stream()
                .flatMap(e -> e.directions().stream()).map(DirectionEvaluation::id).toList());
        Checks checks = new Checks(breaches, year, cycles.extensions(year), time.zone(), time.clock().instant());
        for (Evaluation e : ofYear) {
            BodySummary body = bodies.get(e.bodyId());
            for (DirectionEvaluation d : e.directions()) {
                directionIds.add(d.id());
                int n = d.direction().number();
                checks.check(CycleStep.REPORTING, body, n, null, cycle.get().reportingDeadline(),
                        d.reopenedAt() == null ? d.submittedAt() : firstOf(d.submittedAt(), d.reopenedAt()),
                        Role.EVALUATED_BODY, body.headName());
                Optional<Conclusion> first = Conclusion.firstSent(conclusions.getOrDefault(d.id(), List.of()));
                checks.check(CycleStep.CONCLUSIONS, body, n, null, date(CycleStep.CONCLUSIONS, year),
                        first.map(Conclusion::sentAt).orElse(null), d.evaluatorRole(),
                        first.map(Conclusion::sentBy).orElse(null));
                checks.check(CycleStep.CORRECTED_CONCLUSIONS, body, n, null,
                        date(CycleStep.CORRECTED_CONCLUSIONS, year), d.finalisedAt(), d.evaluatorRole(),
                        d.finalisedBy());
            }
        }
        for (Appeal a : cycles.appeals(directionIds)) {
            if (a.status() != Appeal.Status.AUTO_ANSWERED) {
                DirectionEvaluation d = evaluations.getDirection(a.directionEvaluationId());
                checks.check(CycleStep.APPEAL_DECISION, bodies.get(d.evaluation().bodyId()),
                        d.direction().number(), a.id(), a.decisionDue(), a.decidedAt(), d.evaluatorRole(),
                        a.decidedBy() != null ? a.decidedBy() : String.join(", ", a.members()));
            }
        }
        EvaluationCycle c = cycle.get();
        checks.check(CycleStep.SCHEDULE, null, null, null, date(CycleStep.SCHEDULE, year),
                c.scheduleApproved() ? c.scheduleApprovedAt() : null, Role.AKIM, c.scheduleApprovedBy());
        checks.check(CycleStep.GENERAL_EVALUATION, null, null, null, date(CycleStep.GENERAL_EVALUATION, year),
                c.generalSubmittedAt(), Role.PLANNING_BODY, c.generalSubmittedBy());
        checks.check(CycleStep.COMMISSION, null, null, null, date(CycleStep.COMMISSION, year),
                c.commissionSentAt(), Role.COMMISSION_MEMBER, c.commissionRecordedBy());
        checks.check(CycleStep.AKIM_REPORT, null, null, null, date(CycleStep.AKIM_REPORT, year), c.akimSentAt(),
                Role.AKIM, c.akimApprovedBy());
        breaches.replaceAll(b -> withUnit(b, units));
        breaches.sort(Comparator.comparing(Breach::deadline).thenComparing(b -> b.body() == null ? "" : b.body().code())
                .thenComparing(b -> b.direction() == null ? 0 : b.direction()));
        return breaches;
    }

    /** Adds a breach when a step was done, or is still open, after its deadline's end in the region's zone. */
    private final class Checks {

        private final List<Breach> out;
        private final int year;
        private final List<DeadlineExtension> extensions;
        private final ZoneId zone;
        private final Instant now;

        Checks(List<Breach> out, int year, List<DeadlineExtension> extensions, ZoneId zone, Instant now) {
            this.out = out;
            this.year = year;
            this.extensions = extensions;
            this.zone = zone;
            this.now = now;
        }

        void check(CycleStep step, BodySummary body, Integer direction, Long appeal, LocalDate deadline, Instant doneAt,
                   Role role, String person) {
            Instant end = Deadlines.endOf(deadline, zone);
            boolean late = doneAt != null ? !doneAt.isBefore(end) : !now.isBefore(end);
            if (!late) {
                return;
            }
            LocalDate until = deadlines.effective(extensions, year, step, body == null ? null : body.id(), direction,
                    appeal, deadline).filter(d -> d.isAfter(deadline)).orElse(null);
            LocalDate doneDay = (doneAt != null ? doneAt : now).atZone(zone).toLocalDate();
            out.add(new Breach(step, step.paragraph(), body == null ? null : BodyRef.of(body), direction, deadline,
                    until, doneAt, role, person, ChronoUnit.DAYS.between(deadline, doneDay), null, person));
        }
    }

    /**
     * ¶64: for an evaluator's step the first head of the evaluator's unit responsible for the direction answers,
     * not whoever acted (kept beside it); without a unit on record, whoever acted is all that can be named.
     */
    private static Breach withUnit(Breach b, ResponsibleUnits.Region units) {
        if (b.direction() == null || !b.responsibleRole().authorisedEvaluator()) {
            return b;
        }
        return units.answering(b.responsibleRole(), b.direction())
                .map(u -> new Breach(b.step(), b.paragraph(), b.body(), b.direction(), b.deadline(), b.extendedUntil(),
                        b.doneAt(), b.responsibleRole(), u.headName(), b.daysLate(), u, b.actedBy()))
                .orElse(b);
    }

    private static LocalDate date(CycleStep step, int year) {
        return step.fixedDate(year).orElseThrow();
    }

    private static Instant firstOf(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
