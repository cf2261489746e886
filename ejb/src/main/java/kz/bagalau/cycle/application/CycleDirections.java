package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * What the region-wide steps share: the year's cycle with an approved schedule, and moving every body's
 * directions on together. A region-wide step covers every body, so it is refused, naming the bodies behind,
 * while any direction has not reached the step before.
 */
@ApplicationScoped
public class CycleDirections {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @Inject
    private BodyRegistry registry;

    @Inject
    private RegionUsers users;

    /** The region's cycle of the year; every step after the schedule needs it approved (¶8). */
    public EvaluationCycle approvedCycle(int year) {
        EvaluationCycle cycle = cycles.findCycle(year).orElseThrow(() -> new RuleViolation("schedule.missing", year));
        if (!cycle.scheduleApproved()) {
            throw new RuleViolation("schedule.unapproved", year);
        }
        return cycle;
    }

    public List<DirectionEvaluation> all(int year) {
        return evaluations.findByYear(year).stream().flatMap(e -> e.directions().stream()).toList();
    }

    /** @throws RuleViolation "cycle.behind" naming up to ten bodies whose directions are not at {@code state} */
    public List<DirectionEvaluation> requireAll(int year, DirectionState state) {
        List<DirectionEvaluation> all = all(year);
        if (all.isEmpty()) {
            throw new RuleViolation("cycle.empty", year);
        }
        List<String> behind = all.stream().filter(d -> d.state() != state)
                .map(d -> registry.get(d.evaluation().bodyId()).code() + " (" + d.direction().number() + ")")
                .distinct().toList();
        if (!behind.isEmpty()) {
            throw new RuleViolation("cycle.behind", behind.size(),
                    String.join(", ", behind.subList(0, Math.min(10, behind.size()))));
        }
        return all;
    }

    public void advanceAll(int year, DirectionState from, Consumer<DirectionEvaluation> step) {
        requireAll(year, from).forEach(step);
        evaluations.flush();
    }

    public List<String> usernames(Set<Role> roles) {
        return users.withAnyRole(roles).stream().map(RegionUsers.UserRef::username).toList();
    }
}
