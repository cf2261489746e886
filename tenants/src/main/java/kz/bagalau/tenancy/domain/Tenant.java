package kz.bagalau.tenancy.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.ZoneId;
import java.util.Locale;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A region served by the portal. Read-only for the application: the catalogue in {@code regions.csv} is the
 * source of truth and is upserted at start-up, so a region's code never changes under existing data.
 */
@Entity
@Table(name = "tenant")
@Cacheable
@ReadOnly
public class Tenant {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false)
    private TenantType type;

    @Column(name = "name_kk", nullable = false)
    private String nameKk;

    @Column(name = "name_ru", nullable = false)
    private String nameRu;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "centre_kk", nullable = false)
    private String centreKk;

    @Column(name = "centre_ru", nullable = false)
    private String centreRu;

    @Column(name = "centre_en", nullable = false)
    private String centreEn;

    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    protected Tenant() {
        // for JPA
    }

    public String code() {
        return code;
    }

    public TenantType type() {
        return type;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public String nameKk() {
        return nameKk;
    }

    public String nameRu() {
        return nameRu;
    }

    public String nameEn() {
        return nameEn;
    }

    public String centreKk() {
        return centreKk;
    }

    public String centreRu() {
        return centreRu;
    }

    public String centreEn() {
        return centreEn;
    }

    /** The region's name in the given language (kk, ru, en; anything else falls back to Kazakh). */
    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
