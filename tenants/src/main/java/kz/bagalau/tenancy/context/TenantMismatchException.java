package kz.bagalau.tenancy.context;


/**
 * One transaction tried to act for two tenants. EclipseLink's persistence context would hand out the first
 * tenant's entities after the switch, so a transaction is bound to exactly one tenant.
 */
public class TenantMismatchException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantMismatchException(String bound, String requested) {
        super("Transaction is bound to tenant '" + bound + "', refused to act for '" + requested + "'");
    }
}
