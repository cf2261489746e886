package kz.bagalau.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.context.TenantMismatchException;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.QueryHints;

/**
 * The only way repositories reach tenant-owned data. On the first use in a transaction it binds that
 * transaction to the current tenant twice over: the EclipseLink tenant discriminator (first wall) and the
 * transaction-local PostgreSQL setting {@code app.tenant_id} that the row-level security policies read
 * (second wall). A read-only tenant access (the ministry) also makes the database transaction read-only.
 * With no tenant set it throws before any SQL runs; with a different tenant later in the same transaction it
 * refuses, because the persistence context would still hold the first tenant's entities.
 */
@ApplicationScoped
public class TenantEntityManager {

    static final String BOUND_TENANT = TenantEntityManager.class.getName() + ".tenant";

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** The transaction's EntityManager, bound to the current tenant. */
    public EntityManager get() {
        TenantAccess access = TenantContext.require();
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("Tenant data is only reachable inside a transaction");
        }
        Object bound = transactions.getResource(BOUND_TENANT);
        if (bound == null) {
            if (transactions.getResource(NationalEntityManager.NATIONAL_SCOPE) != null) {
                throw new IllegalStateException("A national read's transaction cannot touch a region's data");
            }
            bind(access);
        } else if (!bound.equals(access.tenantCode())) {
            throw new TenantMismatchException(bound.toString(), access.tenantCode());
        }
        return em;
    }

    /**
     * A native query in the current tenant's transaction. EclipseLink turns native SQL off for a unit with
     * multitenant entities (it cannot add the tenant to it); here it is allowed per query, because the transaction
     * is bound to the tenant and row-level security confines the SQL to it.
     */
    public Query nativeQuery(String sql) {
        return get().createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE);
    }

    /**
     * The entity {@code id} of {@code type}, locked for this transaction and read fresh, when {@code lockSql} (a
     * native select of that one row, {@code ?1} being the id, ending in {@code for update skip locked}) finds it;
     * empty when another transaction holds the row or it no longer qualifies. The way a worker takes one row of a
     * queue that several nodes work on.
     */
    public <T> Optional<T> findSkipLocked(Class<T> type, long id, String lockSql, Object... moreParameters) {
        Query lock = nativeQuery(lockSql).setParameter(1, id);
        for (int i = 0; i < moreParameters.length; i++) {
            lock.setParameter(i + 2, moreParameters[i]);
        }
        if (lock.getResultList().isEmpty()) {
            return Optional.empty();
        }
        T entity = em.find(type, id);
        em.refresh(entity);
        return Optional.of(entity);
    }

    /** The tenant this transaction is bound to, if any tenant data was touched in it. */
    public String boundTenant() {
        Object bound = transactions.getResource(BOUND_TENANT);
        return bound == null ? null : bound.toString();
    }

    private void bind(TenantAccess access) {
        em.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, access.tenantCode());
        em.createNativeQuery("select set_config('app.tenant_id', ?1, true)")
                .setParameter(1, access.tenantCode())
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                .getSingleResult();
        if (access.readOnly()) {
            // Switching a transaction to read-only is allowed at any point in PostgreSQL; the reverse is not.
            em.createNativeQuery("select set_config('transaction_read_only', 'on', true)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE)
                    .getSingleResult();
        }
        transactions.putResource(BOUND_TENANT, access.tenantCode());
    }
}
