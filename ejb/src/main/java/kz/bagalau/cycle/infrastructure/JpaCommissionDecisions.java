package kz.bagalau.cycle.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.bagalau.cycle.domain.CommissionDecision;
import kz.bagalau.cycle.domain.CommissionDecisionRepository;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/**
 * The commission's decisions in table {@code commission_decision}. The decision document is kept beside the row
 * but not in the entity, so the history lists without reading the scans; it is written with the row and read only
 * when someone opens it.
 */
@ApplicationScoped
public class JpaCommissionDecisions implements CommissionDecisionRepository {

    @Inject
    private TenantEntityManager em;

    @Override
    public List<CommissionDecision> history() {
        return em.get().createQuery("select d from CommissionDecision d order by d.decidedOn desc, d.id desc",
                CommissionDecision.class).getResultList();
    }

    @Override
    public Optional<CommissionDecision> inForce(LocalDate day) {
        return em.get().createQuery("select d from CommissionDecision d where d.decidedOn <= :day "
                        + "order by d.decidedOn desc, d.id desc", CommissionDecision.class)
                .setParameter("day", day).setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<CommissionDecision> find(long id) {
        return Optional.ofNullable(em.get().find(CommissionDecision.class, id));
    }

    @Override
    public CommissionDecision add(CommissionDecision decision, byte[] content) {
        EntityManager manager = em.get();
        manager.persist(decision);
        manager.flush();
        if (content != null) {
            em.nativeQuery("update commission_decision set content = ?1 where id = ?2 and content is null")
                    .setParameter(1, content).setParameter(2, decision.id()).executeUpdate();
        }
        return decision;
    }

    @Override
    public Optional<byte[]> document(long id) {
        List<?> rows = em.nativeQuery("select content from commission_decision where id = ?1 and content is not null")
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }
}
