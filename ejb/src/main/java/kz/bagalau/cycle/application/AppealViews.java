package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.evaluation.application.BodyRef;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.application.FileView;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.tenancy.application.RegionTime;

/** Turns appeals into the views pages show, with the documents the reader may see. */
@ApplicationScoped
public class AppealViews {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @Inject
    private EvaluationAccess access;

    @Inject
    private BodyRegistry registry;

    @Inject
    private RegionTime time;

    public AppealView of(Appeal a) {
        DirectionEvaluation d = evaluations.getDirection(a.directionEvaluationId());
        return of(a, d, access.reader(d.evaluation().year()));
    }

    /** The appeal as {@code reader} sees it: its documents as the need-to-know matrix opens them. */
    public AppealView of(Appeal a, DirectionEvaluation d, NeedToKnow.Reader reader) {
        Evaluation e = d.evaluation();
        List<FileView> documents = evaluations.filesOf(d.id()).stream()
                .filter(f -> f.purpose() == EvidenceFile.Purpose.APPEAL)
                .map(f -> FileView.of(f, EvaluationAccess.canSeeFile(reader, f, d))).toList();
        LocalDate today = time.today();
        boolean overdue = (a.status() == Appeal.Status.FILED || a.status() == Appeal.Status.UNDER_REVIEW)
                && today.isAfter(a.decisionDue());
        return new AppealView(a.id(), d.id(), e.id(), e.year(), BodyRef.of(registry.get(e.bodyId())),
                d.direction().number(), a.conclusionId(), a.status(), a.text(), documents, a.filedBy(), a.filedAt(),
                a.windowEnd(), a.decisionDue(), a.members(), a.commissionFormedBy(), a.decisionReason(), a.decidedBy(),
                a.decidedAt(), a.correctedConclusionId(), overdue, access.isEvaluatorOf(d),
                a.status() == Appeal.Status.AUTO_ANSWERED ? evaluatorBody(d.evaluatorRole()) : null);
    }

    /**
     * ¶56: the registry body in whose name an appeal without documents was answered: the planning or the budget
     * body; none for the akim's apparatus, which the page names by its role.
     */
    private BodyRef evaluatorBody(Role evaluator) {
        EvaluatorFunction function = evaluator == Role.PLANNING_BODY ? EvaluatorFunction.STATE_PLANNING
                : evaluator == Role.BUDGET_BODY ? EvaluatorFunction.BUDGET_EXECUTION : null;
        return function == null ? null : registry.byId().values().stream()
                .filter(b -> b.evaluatorFunction() == function && b.status() == BodyStatus.ACTIVE)
                .findFirst().map(BodyRef::of).orElse(null);
    }

    /**
     * The year's appeals the caller may see, oldest first: a body its own, the direction's evaluator, the
     * special commission, the working body and the akim (the need-to-know matrix).
     */
    public List<AppealView> list(int year) {
        NeedToKnow.Reader reader = access.reader(year);
        Map<Long, DirectionEvaluation> open = new HashMap<>();
        evaluations.ofYear(year).stream().flatMap(e -> e.directions().stream())
                .filter(d -> EvaluationAccess.may(reader, d, NeedToKnow.Material.APPEAL))
                .forEach(d -> open.put(d.id(), d));
        return cycles.appeals(List.copyOf(open.keySet())).stream()
                .map(a -> of(a, open.get(a.directionEvaluationId()), reader)).toList();
    }
}
