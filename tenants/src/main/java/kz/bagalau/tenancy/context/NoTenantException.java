package kz.bagalau.tenancy.context;


/**
 * Tenant data was asked for while no tenant is set: the fail-closed answer. The web layer answers it as
 * "not found", so nothing about other tenants' data leaks.
 */
public class NoTenantException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NoTenantException() {
        super("No tenant is set for this unit of work; tenant data is not available");
    }
}
