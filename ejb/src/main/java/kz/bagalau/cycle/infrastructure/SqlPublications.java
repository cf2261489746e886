package kz.bagalau.cycle.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.bagalau.cycle.domain.Publications;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;
import org.eclipse.persistence.config.QueryHints;

/**
 * Table {@code publication}: inserted in the region's own transaction (the row-level policy checks the
 * region), read with no region at all, since the public page has no login.
 */
@ApplicationScoped
public class SqlPublications implements Publications {

    @Inject
    private TenantEntityManager tenantEm;

    @PersistenceContext(unitName = "bagalau")
    private EntityManager plainEm;

    @Override
    public void save(int year, Instant publishedAt, String publishedBy, String snapshot) {
        tenantEm.get().createNativeQuery("insert into publication (tenant_code, year, published_at, published_by, "
                        + "snapshot) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, TenantContext.require().tenantCode())
                .setParameter(2, year)
                .setParameter(3, Timestamp.from(publishedAt))
                .setParameter(4, publishedBy)
                .setParameter(5, snapshot)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .executeUpdate();
    }

    @Override
    public Optional<Published> find(String tenantCode, int year) {
        List<?> rows = plainEm.createNativeQuery("select tenant_code, year, published_at, published_by, snapshot "
                        + "from publication where tenant_code = ?1 and year = ?2")
                .setParameter(1, tenantCode)
                .setParameter(2, year)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getResultList();
        return rows.stream().map(r -> published((Object[]) r, true)).findFirst();
    }

    @Override
    public List<Published> index() {
        List<?> rows = plainEm.createNativeQuery("select tenant_code, year, published_at, published_by, null "
                        + "from publication order by year desc, tenant_code")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getResultList();
        return rows.stream().map(r -> published((Object[]) r, false)).toList();
    }

    @Override
    public List<Published> snapshots(Integer year, String tenantCode) {
        List<?> rows = plainEm.createNativeQuery("select tenant_code, year, published_at, published_by, snapshot "
                        + "from publication where (cast(?1 as integer) is null or year = cast(?1 as integer)) "
                        + "and (cast(?2 as varchar) is null or tenant_code = cast(?2 as varchar)) "
                        + "order by year desc, tenant_code")
                .setParameter(1, year)
                .setParameter(2, tenantCode)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getResultList();
        return rows.stream().map(r -> published((Object[]) r, true)).toList();
    }

    private static Published published(Object[] r, boolean withSnapshot) {
        return new Published((String) r[0], ((Number) r[1]).intValue(), ((Timestamp) r[2]).toInstant(), (String) r[3],
                withSnapshot ? (String) r[4] : null);
    }
}
