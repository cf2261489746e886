package kz.bagalau.tenancy.domain;

import java.util.List;
import java.util.Optional;

/** The regions known to this deployment. */
public interface TenantRepository {

    List<Tenant> all();

    Optional<Tenant> findByCode(String code);

    /** @throws TenantNotFoundException when no region has this code */
    default Tenant getByCode(String code) {
        return findByCode(code).orElseThrow(() -> new TenantNotFoundException(code));
    }
}
