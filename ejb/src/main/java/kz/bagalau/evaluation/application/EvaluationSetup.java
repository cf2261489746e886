package kz.bagalau.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.evaluation.domain.PredecessorNote;
import kz.bagalau.evaluation.domain.ReorganisationRule;
import kz.bagalau.evaluation.domain.StepGate;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.EvaluationOpened;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Opens a year's evaluations: one per body, each direction pinned to the methodology version in force for
 * that year, so a later version never changes an evaluation under way. The region's administrator or the
 * planning body opens the year for all active bodies; a body's own evaluation is also opened when its user
 * first reports.
 */
@Stateless
public class EvaluationSetup {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private MethodologyRepository methodologies;

    @Inject
    private BodyRegistry registry;

    @Inject
    private AuditLog audit;

    @Inject
    private StepGate gate;

    @Inject
    private EvaluationAccess access;

    @Inject
    private DomainEvents events;

    @Inject
    private Clock clock;

    /**
     * Opens the evaluation of every body that is to be evaluated for {@code year} and has none yet; returns
     * how many were opened. A reorganised or liquidated body is handled as ¶60-1..¶60-3 say: evaluated within its
     * successor (its own evaluation opened, noted on the successor's and counted in its total, see
     * {@code PredecessorTotals}), not at all with its analysis passed to the successor, or as usual with its
     * results passed on (see {@code ConclusionService}).
     */
    @RolesAllowed({Role.Names.AKIM_APPARATUS, Role.Names.PLANNING_BODY, Role.Names.PLATFORM_ADMIN})
    public int openYear(int year) {
        Map<Direction, Methodology> current = current(year);
        LocalDate reportingDeadline = gate.reportingDeadline(year).orElse(null);
        List<BodySummary> bodies = registry.list();
        int opened = 0;
        for (BodySummary body : bodies) {
            ReorganisationRule rule = ReorganisationRule.of(body.status(), body.statusDate(), year, reportingDeadline);
            if (rule.evaluated() && evaluations.findByBodyAndYear(body.id(), year).isEmpty()) {
                Evaluation e = open(body, year, current);
                if (rule == ReorganisationRule.EVALUATE_AND_PASS_ON && body.successorId() != null) {
                    e.notePredecessor(note(rule, body, registry.get(body.successorId())));
                }
                opened++;
            }
        }
        for (BodySummary body : bodies) {
            ReorganisationRule rule = ReorganisationRule.of(body.status(), body.statusDate(), year, reportingDeadline);
            boolean toSuccessor = rule == ReorganisationRule.WITHIN_SUCCESSOR
                    || rule == ReorganisationRule.ANALYSIS_TO_SUCCESSOR;
            if (toSuccessor && body.successorId() != null) {
                passToSuccessor(body, rule, year, current);
            }
        }
        return opened;
    }

    /** ¶60-1, ¶60-2: notes the predecessor on the successor's evaluation, once; ¶60-2 adds the follow-up item. */
    private void passToSuccessor(BodySummary body, ReorganisationRule rule, int year,
                                 Map<Direction, Methodology> current) {
        BodySummary successor = registry.get(body.successorId());
        Evaluation e = evaluations.findByBodyAndYear(successor.id(), year)
                .orElseGet(() -> open(successor, year, current));
        String note = note(rule, body, successor);
        if (e.predecessorNote() != null && e.predecessorNote().contains(note)) {
            return;
        }
        e.notePredecessor(note);
        if (rule == ReorganisationRule.ANALYSIS_TO_SUCCESSOR) {
            evaluations.add(new FollowupItem(successor.id(), year + 1, FollowupItem.Origin.REORGANISATION,
                    "¶60-2 " + body.code(), null, "¶60-2 " + year + ": " + body.nameKk() + " / " + body.nameRu() + " / "
                    + body.nameEn() + " (" + body.statusDate() + ")", clock.instant()));
        }
        audit.record("PREDECESSOR_NOTED", "evaluation", e.id(), null,
                Map.of("rule", rule.name(), "predecessor", body.code(), "successor", successor.code()));
    }

    private static String note(ReorganisationRule rule, BodySummary closed, BodySummary successor) {
        return new PredecessorNote(rule, closed.code(), closed.statusDate(), successor.code()).line();
    }

    /** The body's evaluation for the year, opened now if it does not exist yet. */
    @RolesAllowed({Role.Names.EVALUATED_BODY, Role.Names.AKIM_APPARATUS, Role.Names.PLANNING_BODY,
            Role.Names.PLATFORM_ADMIN})
    public Evaluation ensureOpened(long bodyId, int year) {
        Optional<Evaluation> existing = evaluations.findByBodyAndYear(bodyId, year);
        if (existing.isPresent()) {
            return existing.get();
        }
        BodySummary body = registry.get(bodyId);
        LocalDate reportingDeadline = gate.reportingDeadline(year).orElse(null);
        if (!ReorganisationRule.of(body.status(), body.statusDate(), year, reportingDeadline).evaluated()) {
            throw new RuleViolation("evaluation.reorganised", body.code(), year);
        }
        return open(body, year, current(year));
    }

    private Evaluation open(BodySummary body, int year, Map<Direction, Methodology> current) {
        Evaluation e = evaluations.add(Evaluation.open(year, body.id(), body.type(), body.evaluatorFunction(), current,
                clock.instant()));
        audit.record("EVALUATION_OPENED", "evaluation", e.id(), null,
                Map.of("body", body.code(), "year", year, "directions", e.directions().size()));
        events.publish(new EvaluationOpened(TenantContext.require().tenantCode(), year, e.id(), body.id(),
                access.caller().username(), clock.instant()));
        return e;
    }

    /** The version in force per direction; directions without one are left out (opening then refuses them). */
    public Map<Direction, Methodology> current(int year) {
        Map<Direction, Methodology> current = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            methodologies.findCurrent(d, year).ifPresent(m -> current.put(d, m));
        }
        return current;
    }

    /** The weight of each direction in the total, from the methodologies the directions were opened with. */
    public Map<Direction, BigDecimal> weights(Evaluation e) {
        Map<Direction, BigDecimal> weights = new EnumMap<>(Direction.class);
        e.directions().forEach(d -> weights.put(d.direction(), methodologies.getById(d.methodologyId()).weight()));
        return weights;
    }
}
