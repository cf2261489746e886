package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.DirectionStage;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * What the region-wide steps share: the year's cycle with an approved schedule, and the rule that a
 * region-wide step covers every body: it is refused, naming the bodies behind, while any direction of the
 * year has not reached the stage the step builds on — one still being evaluated, appealed or re-checked.
 */
@ApplicationScoped
public class CycleDirections {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @Inject
    private BodyRegistry registry;

    /** The region's cycle of the year; every step after the schedule needs it approved (¶8). */
    public EvaluationCycle approvedCycle(int year) {
        EvaluationCycle cycle = cycles.findCycle(year).orElseThrow(() -> new RuleViolation("schedule.missing", year));
        if (!cycle.scheduleApproved()) {
            throw new RuleViolation("schedule.unapproved", year);
        }
        return cycle;
    }

    public List<DirectionEvaluation> all(int year) {
        return evaluations.ofYear(year).stream().flatMap(e -> e.directions().stream()).toList();
    }

    /** @throws RuleViolation "cycle.behind" naming up to ten bodies with a direction not at {@code stage} */
    public List<DirectionEvaluation> requireAll(int year, DirectionStage stage) {
        return require(year, stage, false);
    }

    /**
     * Like {@link #requireAll} but a direction past {@code stage} counts too: the akim's report (¶53) and
     * publication (¶54) both follow the commission and may come in either order (¶6).
     */
    public List<DirectionEvaluation> requireReached(int year, DirectionStage stage) {
        return require(year, stage, true);
    }

    private List<DirectionEvaluation> require(int year, DirectionStage stage, boolean orLater) {
        List<DirectionEvaluation> all = all(year);
        if (all.isEmpty()) {
            throw new RuleViolation("cycle.empty", year);
        }
        Optional<EvaluationCycle> cycle = cycles.findCycle(year);
        Map<Long, BodySummary> bodies = registry.byId();
        List<String> behind = all.stream().filter(d -> orLater ? !DirectionStage.of(d.state(), cycle).hasReached(stage)
                        : DirectionStage.of(d.state(), cycle) != stage)
                .map(d -> bodies.get(d.evaluation().bodyId()).code() + " (" + d.direction().number() + ")")
                .distinct().toList();
        if (!behind.isEmpty()) {
            throw new RuleViolation("cycle.behind", behind.size(),
                    String.join(", ", behind.subList(0, Math.min(10, behind.size()))));
        }
        return all;
    }
}
