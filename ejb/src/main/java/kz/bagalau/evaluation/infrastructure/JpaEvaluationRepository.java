package kz.bagalau.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.ControlInspection;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DocumentRequest;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.evaluation.domain.PredecessorAnalysis;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/** Evaluations through the tenant-bound EntityManager: every query is confined to the current region twice. */
@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

    @Inject
    private TenantEntityManager tenantEm;

    private EntityManager em() {
        return tenantEm.get();
    }

    @Override
    public Optional<Evaluation> findById(long id) {
        return Optional.ofNullable(em().find(Evaluation.class, id));
    }

    @Override
    public Optional<Evaluation> findByBodyAndYear(long bodyId, int year) {
        return em().createQuery("select e from Evaluation e where e.bodyId = :b and e.year = :y", Evaluation.class)
                .setParameter("b", bodyId).setParameter("y", year)
                .getResultStream().findFirst();
    }

    @Override
    public List<Evaluation> ofYear(int year) {
        return em().createQuery("select e from Evaluation e where e.year = :y order by e.bodyId", Evaluation.class)
                .setParameter("y", year).getResultList();
    }

    @Override
    public Optional<DirectionEvaluation> findDirection(long id) {
        return Optional.ofNullable(em().find(DirectionEvaluation.class, id));
    }

    @Override
    public Evaluation add(Evaluation evaluation) {
        em().persist(evaluation);
        em().flush();
        return evaluation;
    }

    @Override
    public EvidenceFile add(EvidenceFile file) {
        em().persist(file);
        em().flush();
        return file;
    }

    @Override
    public Optional<EvidenceFile> findFile(long fileId) {
        return Optional.ofNullable(em().find(EvidenceFile.class, fileId));
    }

    @Override
    public List<EvidenceFile> filesOf(long directionEvaluationId) {
        return em().createQuery("select f from EvidenceFile f where f.directionEvaluationId = :d order by f.id",
                        EvidenceFile.class)
                .setParameter("d", directionEvaluationId).getResultList();
    }

    @Override
    public void remove(EvidenceFile file) {
        em().remove(file);
    }

    @Override
    public void remove(FollowupItem item) {
        em().remove(item);
    }

    @Override
    public List<FollowupItem> followups(long bodyId, int year) {
        return em().createQuery("select f from FollowupItem f where f.bodyId = :b and f.year = :y order by f.id",
                        FollowupItem.class)
                .setParameter("b", bodyId).setParameter("y", year).getResultList();
    }

    @Override
    public Optional<FollowupItem> findFollowup(long id) {
        return Optional.ofNullable(em().find(FollowupItem.class, id));
    }

    @Override
    public FollowupItem add(FollowupItem item) {
        em().persist(item);
        return item;
    }

    @Override
    public ControlInspection add(ControlInspection inspection) {
        em().persist(inspection);
        em().flush();
        return inspection;
    }

    @Override
    public PredecessorAnalysis add(PredecessorAnalysis analysis) {
        em().persist(analysis);
        em().flush();
        return analysis;
    }

    @Override
    public List<PredecessorAnalysis> analysesOf(long directionEvaluationId) {
        return em().createQuery("select a from PredecessorAnalysis a where a.directionEvaluationId = :d "
                + "order by a.predecessorCode", PredecessorAnalysis.class).setParameter("d", directionEvaluationId)
                .getResultList();
    }

    @Override
    public List<ControlInspection> inspectionsOf(long directionEvaluationId) {
        return em().createQuery("select i from ControlInspection i where i.directionEvaluationId = :d order by i.id",
                        ControlInspection.class)
                .setParameter("d", directionEvaluationId).getResultList();
    }

    @Override
    public DocumentRequest add(DocumentRequest request) {
        em().persist(request);
        em().flush();
        return request;
    }

    @Override
    public Optional<DocumentRequest> findRequest(long id) {
        return Optional.ofNullable(em().find(DocumentRequest.class, id));
    }

    @Override
    public List<DocumentRequest> requestsAddressedTo(long bodyId) {
        return em().createQuery("select r from DocumentRequest r where r.addresseeBodyId = :b order by r.dueDate",
                DocumentRequest.class).setParameter("b", bodyId).getResultList();
    }

    @Override
    public List<DocumentRequest> requestsOf(List<Long> directionEvaluationIds) {
        if (directionEvaluationIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select r from DocumentRequest r where r.directionEvaluationId in :ids "
                        + "order by r.dueDate", DocumentRequest.class)
                .setParameter("ids", directionEvaluationIds).getResultList();
    }

    @Override
    public Conclusion add(Conclusion conclusion) {
        em().persist(conclusion);
        em().flush();
        return conclusion;
    }

    @Override
    public Optional<Conclusion> findConclusion(long id) {
        return Optional.ofNullable(em().find(Conclusion.class, id));
    }

    @Override
    public List<Conclusion> conclusionsOf(long directionEvaluationId) {
        return em().createQuery("select c from Conclusion c where c.directionEvaluationId = :d order by c.version desc",
                        Conclusion.class)
                .setParameter("d", directionEvaluationId).getResultList();
    }

    @Override
    public Map<Long, List<Conclusion>> conclusionsOf(Collection<Long> directionEvaluationIds) {
        Map<Long, List<Conclusion>> byDirection = new HashMap<>();
        if (directionEvaluationIds.isEmpty()) {
            return byDirection;
        }
        em().createQuery("select c from Conclusion c where c.directionEvaluationId in :ds order by c.version desc",
                        Conclusion.class)
                .setParameter("ds", List.copyOf(directionEvaluationIds)).getResultList()
                .forEach(c -> byDirection.computeIfAbsent(c.directionEvaluationId(), k -> new ArrayList<>()).add(c));
        return byDirection;
    }

    @Override
    public void flush() {
        em().flush();
    }
}
