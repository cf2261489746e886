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

    /** Adds a new region; the code must be free. */
    Tenant add(Tenant tenant);

    /** The region's logo, if it has one. */
    Optional<Logo> logo(String code);

    /** Replaces the region's logo, or removes it when {@code logo} is null. */
    void replaceLogo(String code, Logo logo);

    /** A region's logo: a PNG or JPEG image. */
    record Logo(String contentType, byte[] bytes) {
        public Logo {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }
}
