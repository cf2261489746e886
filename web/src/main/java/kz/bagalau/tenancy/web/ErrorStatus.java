package kz.bagalau.tenancy.web;

import jakarta.ejb.EJBAccessException;
import java.util.Optional;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.tenancy.context.NoTenantException;
import kz.bagalau.tenancy.context.TenantMismatchException;
import kz.bagalau.tenancy.domain.TenantNotFoundException;

/**
 * The one mapping from a refusal to an HTTP status, shared by pages, downloads and the API: anything outside
 * the caller's region (or no region at all) is 404, exactly like something missing; a role that may not is 403.
 */
public final class ErrorStatus {

    private ErrorStatus() {
    }

    public static Optional<Integer> of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NotFoundException || t instanceof NoTenantException
                    || t instanceof TenantMismatchException || t instanceof TenantNotFoundException) {
                return Optional.of(404);
            }
            if (t instanceof EJBAccessException) {
                return Optional.of(403);
            }
        }
        return Optional.empty();
    }
}
