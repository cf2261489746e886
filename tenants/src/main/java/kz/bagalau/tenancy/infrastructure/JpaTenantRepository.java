package kz.bagalau.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.bagalau.tenancy.domain.Tenant;
import kz.bagalau.tenancy.domain.TenantRepository;

/** The region registry in table {@code tenant}; not tenant-owned, so it uses the plain EntityManager. */
@ApplicationScoped
public class JpaTenantRepository implements TenantRepository {

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Override
    public List<Tenant> all() {
        return em.createQuery("select t from Tenant t order by t.code", Tenant.class).getResultList();
    }

    @Override
    public Optional<Tenant> findByCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(Tenant.class, code));
    }
}
