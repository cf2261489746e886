package kz.bagalau.tenancy.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Optional;
import kz.bagalau.tenancy.domain.Tenant;
import kz.bagalau.tenancy.domain.TenantRepository;
import org.eclipse.persistence.config.QueryHints;

/**
 * The region registry in table {@code tenant}; not tenant-owned, so it uses the plain EntityManager. The logo is
 * kept out of the entity (which is cached and read on every page) and read only when it is served.
 */
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

    @Override
    public Tenant add(Tenant tenant) {
        em.persist(tenant);
        em.flush();
        return tenant;
    }

    @Override
    public Optional<Logo> logo(String code) {
        List<?> rows = nativeQuery("select logo_type, logo from tenant where code = ?1 and logo is not null")
                .setParameter(1, code).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        return Optional.of(new Logo((String) row[0], (byte[]) row[1]));
    }

    @Override
    public void replaceLogo(String code, Logo logo) {
        if (logo == null) {
            nativeQuery("update tenant set logo_type = null, logo = null where code = ?1").setParameter(1, code)
                    .executeUpdate();
        } else {
            nativeQuery("update tenant set logo_type = ?1, logo = ?2 where code = ?3")
                    .setParameter(1, logo.contentType()).setParameter(2, logo.bytes()).setParameter(3, code)
                    .executeUpdate();
        }
        // The cached region says whether it has a logo: this node forgets it now, the others within the expiry.
        em.getEntityManagerFactory().getCache().evict(Tenant.class, code);
        Tenant managed = em.find(Tenant.class, code);
        if (managed != null) {
            em.refresh(managed);
        }
    }

    private Query nativeQuery(String sql) {
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE);
    }
}
