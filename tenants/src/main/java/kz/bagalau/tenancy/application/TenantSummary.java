package kz.bagalau.tenancy.application;

import java.util.Locale;
import java.util.List;
import kz.bagalau.tenancy.domain.Tenant;
import kz.bagalau.tenancy.domain.TenantStatus;
import kz.bagalau.tenancy.domain.TenantType;

/**
 * An immutable view of a region for pages, mails and the REST API: its names, zone and the settings the platform
 * administrator keeps for it (never its logo's bytes, which are served on their own).
 */
public record TenantSummary(String code, TenantType type, String nameKk, String nameRu, String nameEn,
                            String centreKk, String centreRu, String centreEn, String timeZone, TenantStatus status,
                            String suspendedReason, String defaultLocale, String mailSenderName, String mailReplyTo,
                            List<Integer> reminderOffsets, String brandColour, boolean hasLogo) {

    public TenantSummary {
        reminderOffsets = List.copyOf(reminderOffsets);
    }

    public static TenantSummary of(Tenant t) {
        return new TenantSummary(t.code(), t.type(), t.nameKk(), t.nameRu(), t.nameEn(),
                t.centreKk(), t.centreRu(), t.centreEn(), t.zone().getId(), t.status(), t.suspendedReason(),
                t.defaultLocale(), t.mailSenderName(), t.mailReplyTo(), t.reminderOffsets(), t.brandColour(),
                t.hasLogo());
    }

    public boolean suspended() {
        return status == TenantStatus.SUSPENDED;
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
