package kz.bagalau.tenancy.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.persistence.config.QueryHints;

/**
 * The one way to read across regions: the national read model, for the ministry (¶11, ¶53) and the scheduler's
 * national firings. On the first use in a transaction it sets the transaction-local {@code app.national} scope
 * that the national tables' row-level security reads, and makes the database transaction read-only, so a national
 * read can never write a region's rows. It refuses a transaction already bound to a tenant (and
 * {@link TenantEntityManager} refuses one bound here): one transaction is either one region's or national.
 */
@ApplicationScoped
public class NationalEntityManager {

    static final String NATIONAL_SCOPE = NationalEntityManager.class.getName() + ".national";

    @PersistenceContext(unitName = "bagalau")
    private EntityManager em;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** A native read-only query over the national read model, in this transaction's national scope. */
    public Query nativeQuery(String sql) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            throw new IllegalStateException("National data is only reachable inside a transaction");
        }
        if (transactions.getResource(TenantEntityManager.BOUND_TENANT) != null) {
            throw new IllegalStateException("A region's transaction cannot read across regions");
        }
        if (transactions.getResource(NATIONAL_SCOPE) == null) {
            em.createNativeQuery("select set_config('app.national', 'on', true), "
                            + "set_config('transaction_read_only', 'on', true)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE).getSingleResult();
            transactions.putResource(NATIONAL_SCOPE, Boolean.TRUE);
        }
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, Boolean.TRUE);
    }
}
