package kz.bagalau.administration.application;

import kz.bagalau.tenancy.domain.RegionNames;
import kz.bagalau.tenancy.domain.TenantSettings;
import kz.bagalau.tenancy.domain.TenantType;

/**
 * A region as the platform administrator creates it, with the first administrator of the region.
 *
 * @param code             a lower-case slug that every row of the region will carry, never changed later
 * @param adminDisplayName the name of the region's first administrator, whose account is {@code <code>.admin}
 */
public record NewTenant(String code, TenantType type, RegionNames names, TenantSettings settings,
                        String adminDisplayName, String adminEmail) {
}
