package kz.bagalau.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.bagalau.registry.domain.ExecutiveBody;
import kz.bagalau.registry.domain.ExecutiveBodyRepository;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/** Bodies in table {@code executive_body}, always through the tenant-bound EntityManager. */
@ApplicationScoped
public class JpaExecutiveBodyRepository implements ExecutiveBodyRepository {

    @Inject
    private TenantEntityManager em;

    @Override
    public List<ExecutiveBody> all() {
        return em.get().createQuery("select b from ExecutiveBody b order by b.code", ExecutiveBody.class)
                .getResultList();
    }

    @Override
    public Optional<ExecutiveBody> findById(long id) {
        return Optional.ofNullable(em.get().find(ExecutiveBody.class, id));
    }

    @Override
    public Optional<ExecutiveBody> findByCode(String code) {
        return em.get().createQuery("select b from ExecutiveBody b where b.code = :code", ExecutiveBody.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public ExecutiveBody add(ExecutiveBody body) {
        em.get().persist(body);
        return body;
    }

    @Override
    public void remove(ExecutiveBody body) {
        em.get().remove(body);
    }

    @Override
    public void flush() {
        em.get().flush();
    }
}
