package kz.bagalau.audit.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * ¶65: the record of who read an evaluation's material, when and what. It is written in a transaction of its
 * own, so a read that fails afterwards still leaves its trace, and a reader whose transaction is read-only
 * (the ministry looking into a region) leaves one too: the append is the only write such a read makes.
 * Reads are actions named {@code READ_*}; they never count as taking part in an evaluation (¶57).
 */
@Stateless
public class ReadLog {

    /** The prefix of every read action in the audit log. */
    public static final String PREFIX = "READ_";

    @Inject
    private AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordRead(String what, String entityType, Object entityId, Map<String, Object> about) {
        String tenant = TenantContext.require().tenantCode();
        TenantContext.runAs(TenantAccess.readWrite(tenant),
                () -> audit.record(PREFIX + what, entityType, entityId, null, about));
    }
}
