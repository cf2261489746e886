package kz.bagalau.deadlines.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import kz.bagalau.cycle.domain.DeadlineExtension;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.DocumentRequest;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.ExecutiveBodyRepository;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * Who still has to act on a step of the current region's year, read from the records at the moment of asking:
 * reporting → each body with directions not submitted (¶7.1); 1 June → each evaluator with conclusions not
 * sent (¶45-2); 15 June → each evaluator with directions not final (¶46); 1 July → the planning body (¶49);
 * 15 July → the commission (¶51); 25 July → the akim and the apparatus (¶53). Only they are reminded, and at
 * the deadline they are who missed it. A party whose own deadline was extended past {@code deadline} is not
 * in debt at that deadline. Runs for the scheduler, which has no caller: it reads repositories, not the
 * role-guarded services.
 */
@ApplicationScoped
public class StepDebts {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @Inject
    private RegionUsers users;

    @Inject
    private ExecutiveBodyRepository bodies;

    /** The debts on {@code step}'s deadline; {@code subject} is the appeal of a decision's deadline (¶58), else 0. */
    public List<Debt> of(int year, CycleStep step, LocalDate deadline, long subject) {
        Optional<EvaluationCycle> cycle = cycles.findCycle(year);
        if (cycle.isEmpty() || !cycle.get().scheduleApproved()) {
            return List.of();
        }
        EvaluationCycle c = cycle.get();
        Extended extended = new Extended(cycles.extensions(year), step, deadline);
        return switch (step) {
            case REPORTING -> bodies(year, extended);
            case CONCLUSIONS -> evaluators(year, extended, d -> d.state().compareTo(DirectionState.CONCLUSION_SENT) < 0);
            case CORRECTED_CONCLUSIONS -> evaluators(year, extended, d -> !d.isFinal());
            case GENERAL_EVALUATION -> region(extended, c.generalSubmittedAt() == null, Role.PLANNING_BODY);
            case COMMISSION -> region(extended, c.commissionSentAt() == null, Role.COMMISSION_MEMBER);
            case AKIM_REPORT -> region(extended, c.akimSentAt() == null, Role.AKIM, Role.AKIM_APPARATUS);
            case APPEAL_DECISION -> appeal(subject, extended);
            case DOCUMENT_REQUEST -> request(subject);
            case APPEAL_WINDOW -> window(subject);
            default -> List.of();
        };
    }

    /** The year's extensions of one step, read once: whether a party's deadline now lies past {@code deadline}. */
    private record Extended(List<DeadlineExtension> all, CycleStep step, LocalDate deadline) {

        boolean covers(Long body, Integer direction) {
            return all.stream().anyMatch(x -> x.covers(step, body, direction, null) && x.until().isAfter(deadline));
        }

        boolean coversAppeal(long appealId) {
            return all.stream().anyMatch(x -> x.covers(step, null, null, appealId) && x.until().isAfter(deadline));
        }
    }

    private List<Debt> bodies(int year, Extended extended) {
        Map<Long, BodySummary> byId = new java.util.HashMap<>();
        bodies.all().forEach(b -> byId.put(b.id(), BodySummary.of(b)));
        List<Debt> out = new ArrayList<>();
        for (Evaluation e : evaluations.ofYear(year)) {
            List<DirectionEvaluation> open = e.directions().stream()
                    .filter(d -> d.state() == DirectionState.DRAFT)
                    .filter(d -> !extended.covers(e.bodyId(), d.direction().number()))
                    .toList();
            if (!open.isEmpty()) {
                BodySummary body = byId.get(e.bodyId());
                Map<String, String> name = body == null ? named("role.EVALUATED_BODY") : names(body);
                out.add(new Debt(Role.EVALUATED_BODY, e.bodyId(), name, open.size(), e.directions().size(),
                        users.ofBody(e.bodyId())));
            }
        }
        return out;
    }

    private List<Debt> evaluators(int year, Extended extended, Predicate<DirectionEvaluation> open) {
        Map<Role, int[]> counts = new EnumMap<>(Role.class);
        for (Evaluation e : evaluations.ofYear(year)) {
            for (DirectionEvaluation d : e.directions()) {
                int[] c = counts.computeIfAbsent(d.evaluatorRole(), r -> new int[2]);
                c[1]++;
                if (open.test(d) && !extended.covers(e.bodyId(), d.direction().number())) {
                    c[0]++;
                }
            }
        }
        List<Debt> out = new ArrayList<>();
        counts.forEach((role, c) -> {
            if (c[0] > 0) {
                out.add(new Debt(role, null, named("role." + role.name()), c[0], c[1], users.withAnyRole(Set.of(role))));
            }
        });
        return out;
    }

    /** ¶58: the special commission's members, while the appeal waits for their decision. */
    private List<Debt> appeal(long appealId, Extended extended) {
        Optional<Appeal> found = cycles.findAppeal(appealId);
        if (found.isEmpty() || found.get().decidedAt() != null || extended.coversAppeal(appealId)) {
            return List.of();
        }
        Appeal a = found.get();
        DirectionEvaluation d = evaluations.getDirection(a.directionEvaluationId());
        List<RegionUsers.UserRef> members = a.members().stream().map(users::find).flatMap(Optional::stream).toList();
        return List.of(new Debt(d.evaluatorRole(), d.evaluation().bodyId(), bodyName(d.evaluation().bodyId()), 1, 1,
                members));
    }

    /** ¶44: the body asked, while its answer is outstanding. */
    private List<Debt> request(long requestId) {
        return evaluations.findRequest(requestId).filter(r -> r.status() == DocumentRequest.Status.OPEN)
                .map(r -> List.of(new Debt(Role.EVALUATED_BODY, r.addresseeBodyId(), bodyName(r.addresseeBodyId()), 1,
                        1, users.ofBody(r.addresseeBodyId()))))
                .orElse(List.of());
    }

    /** ¶55: the body, while it may still appeal this conclusion and has not. */
    private List<Debt> window(long conclusionId) {
        Optional<Conclusion> sent = evaluations.findConclusion(conclusionId);
        if (sent.isEmpty()) {
            return List.of();
        }
        DirectionEvaluation d = evaluations.getDirection(sent.get().directionEvaluationId());
        boolean appealed = cycles.appeals(List.of(d.id())).stream().anyMatch(a -> a.conclusionId() == conclusionId);
        if (appealed || !d.canAppeal()) {
            return List.of();
        }
        long body = d.evaluation().bodyId();
        return List.of(new Debt(Role.EVALUATED_BODY, body, bodyName(body), 1, 1, users.ofBody(body)));
    }

    private Map<String, String> bodyName(long bodyId) {
        return bodies.findById(bodyId).map(BodySummary::of).map(StepDebts::names)
                .orElseGet(() -> named("role.EVALUATED_BODY"));
    }

    private static Map<String, String> names(BodySummary body) {
        return Map.of("kk", body.nameKk(), "ru", body.nameRu(), "en", body.nameEn());
    }

    private List<Debt> region(Extended extended, boolean open, Role... roles) {
        if (!open || extended.covers(null, null)) {
            return List.of();
        }
        return List.of(new Debt(roles[0], null, named("role." + roles[0].name()), 1, 1,
                users.withAnyRole(Set.of(roles))));
    }

    private static Map<String, String> named(String key) {
        Map<String, String> names = new java.util.HashMap<>();
        Texts.LANGUAGES.forEach(l -> names.put(l, Texts.get(Texts.localeOf(l), key)));
        return names;
    }
}
