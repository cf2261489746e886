package kz.bagalau.tenancy.context;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The tenant a unit of work acts for and whether it may write. Ministry users look into a region read-only;
 * everybody else acts read-write in their own region.
 *
 * @param tenantCode the region's stable code (lowercase slug); never blank
 * @param readOnly   true when the caller may only read this region's data
 */
public record TenantAccess(String tenantCode, boolean readOnly) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    public TenantAccess {
        Objects.requireNonNull(tenantCode, "tenantCode");
        if (!CODE.matcher(tenantCode).matches()) {
            // An empty or malformed code must never reach the database: '' is what an unset setting reads as.
            throw new IllegalArgumentException("Not a tenant code: '" + tenantCode + "'");
        }
    }

    public static TenantAccess readWrite(String tenantCode) {
        return new TenantAccess(tenantCode, false);
    }

    public static TenantAccess readOnly(String tenantCode) {
        return new TenantAccess(tenantCode, true);
    }
}
