package kz.bagalau.tenancy.application;

import java.util.Locale;
import kz.bagalau.tenancy.domain.Tenant;
import kz.bagalau.tenancy.domain.TenantType;

/** An immutable view of a region for pages and the REST API. */
public record TenantSummary(String code, TenantType type, String nameKk, String nameRu, String nameEn,
                            String centreKk, String centreRu, String centreEn, String timeZone) {

    public static TenantSummary of(Tenant t) {
        return new TenantSummary(t.code(), t.type(), t.nameKk(), t.nameRu(), t.nameEn(),
                t.centreKk(), t.centreRu(), t.centreEn(), t.zone().getId());
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
