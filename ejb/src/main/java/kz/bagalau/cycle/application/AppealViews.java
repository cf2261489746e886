package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.evaluation.application.BodyRef;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.application.FileView;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.registry.application.BodyRegistry;
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
        Evaluation e = d.evaluation();
        List<FileView> documents = evaluations.filesOf(d.id()).stream()
                .filter(f -> f.purpose() == EvidenceFile.Purpose.APPEAL)
                .map(f -> FileView.of(f, access.canSeeFile(f, d))).toList();
        LocalDate today = time.today();
        boolean overdue = (a.status() == Appeal.Status.FILED || a.status() == Appeal.Status.UNDER_REVIEW)
                && today.isAfter(a.decisionDue());
        return new AppealView(a.id(), d.id(), e.id(), e.year(), BodyRef.of(registry.get(e.bodyId())),
                d.direction().number(), a.conclusionId(), a.status(), a.text(), documents, a.filedBy(), a.filedAt(),
                a.windowEnd(), a.decisionDue(), a.members(), a.commissionFormedBy(), a.decisionReason(), a.decidedBy(),
                a.decidedAt(), a.correctedConclusionId(), overdue, access.isEvaluatorOf(d));
    }

    /** The year's appeals the caller may see, oldest first. */
    public List<AppealView> list(int year) {
        List<Long> ids = evaluations.ofYear(year).stream().filter(access::canSee)
                .flatMap(e -> e.directions().stream()).map(DirectionEvaluation::id).toList();
        return cycles.appeals(ids).stream().map(this::of).toList();
    }
}
