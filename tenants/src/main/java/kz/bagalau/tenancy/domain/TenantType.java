package kz.bagalau.tenancy.domain;

import java.util.Arrays;

/** The three kinds of region the Rules name: oblast, city of republican significance, the capital. */
public enum TenantType {
    OBLAST("oblast"),
    REPUBLICAN_CITY("republican-city"),
    CAPITAL("capital");

    private final String catalogueCode;

    TenantType(String catalogueCode) {
        this.catalogueCode = catalogueCode;
    }

    /** The spelling used in {@code regions.csv}. */
    public String catalogueCode() {
        return catalogueCode;
    }

    public static TenantType fromCatalogueCode(String code) {
        return Arrays.stream(values())
                .filter(t -> t.catalogueCode.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown region type: " + code));
    }
}
