package kz.bagalau.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyStatus;

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
    private Clock clock;

    /** Opens the evaluation of every active body that has none yet for {@code year}; returns how many. */
    @RolesAllowed({Role.Names.AKIM_APPARATUS, Role.Names.PLANNING_BODY, Role.Names.PLATFORM_ADMIN})
    public int openYear(int year) {
        Map<Direction, Methodology> current = current(year);
        int opened = 0;
        for (BodySummary body : registry.list()) {
            if (body.status() == BodyStatus.ACTIVE && evaluations.findByBodyAndYear(body.id(), year).isEmpty()) {
                open(body, year, current);
                opened++;
            }
        }
        return opened;
    }

    /** The body's evaluation for the year, opened now if it does not exist yet. */
    @RolesAllowed({Role.Names.EVALUATED_BODY, Role.Names.AKIM_APPARATUS, Role.Names.PLANNING_BODY,
            Role.Names.PLATFORM_ADMIN})
    public Evaluation ensureOpened(long bodyId, int year) {
        Optional<Evaluation> existing = evaluations.findByBodyAndYear(bodyId, year);
        return existing.orElseGet(() -> open(registry.get(bodyId), year, current(year)));
    }

    private Evaluation open(BodySummary body, int year, Map<Direction, Methodology> current) {
        Evaluation e = evaluations.add(Evaluation.open(year, body.id(), body.type(), body.evaluatorFunction(), current,
                clock.instant()));
        audit.record("EVALUATION_OPENED", "evaluation", e.id(), null,
                Map.of("body", body.code(), "year", year, "directions", e.directions().size()));
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
