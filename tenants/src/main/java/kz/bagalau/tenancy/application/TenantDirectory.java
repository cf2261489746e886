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

    /** The regions at work: a suspended region's deadlines and reminders pause. */
    public List<TenantSummary> active() {
        return tenants.all().stream().filter(t -> !t.suspended()).map(TenantSummary::of).toList();
    }

    /** The region's logo, shown in its header, its mails and on the public page: public, like its name. */
    public Optional<TenantRepository.Logo> logo(String code) {
        return tenants.logo(code);
    }

    public Optional<TenantSummary> find(String code) {
        return tenants.findByCode(code).map(TenantSummary::of);
    }

    /** @throws kz.bagalau.tenancy.domain.TenantNotFoundException for an unknown code */
    public TenantSummary get(String code) {
        return TenantSummary.of(tenants.getByCode(code));
    }
}
