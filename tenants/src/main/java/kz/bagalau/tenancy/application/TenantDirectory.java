package kz.bagalau.tenancy.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.bagalau.tenancy.domain.TenantRepository;

/**
 * The region registry as the rest of the portal sees it. Open to every authenticated caller: which regions
 * exist is public knowledge; what is inside them is guarded elsewhere.
 */
@Stateless
public class TenantDirectory {

    @Inject
    private TenantRepository tenants;

    public List<TenantSummary> all() {
        return tenants.all().stream().map(TenantSummary::of).toList();
    }

    public Optional<TenantSummary> find(String code) {
        return tenants.findByCode(code).map(TenantSummary::of);
    }

    /** @throws kz.bagalau.tenancy.domain.TenantNotFoundException for an unknown code */
    public TenantSummary get(String code) {
        return TenantSummary.of(tenants.getByCode(code));
    }
}
