package kz.bagalau.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kz.bagalau.registry.domain.EvaluatorUnit;
import kz.bagalau.registry.domain.EvaluatorUnitRepository;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/** Evaluator units in table {@code evaluator_unit}, through the tenant-bound EntityManager. */
@ApplicationScoped
public class JpaEvaluatorUnitRepository implements EvaluatorUnitRepository {

    @Inject
    private TenantEntityManager em;

    @Override
    public List<EvaluatorUnit> all() {
        return em.get().createQuery("select u from EvaluatorUnit u order by u.evaluatorRole, u.direction",
                EvaluatorUnit.class).getResultList();
    }
}
