package kz.bagalau.tenancy.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Cache;

/**
 * A region served by the portal. The catalogue in {@code regions.csv} seeds the regions a fresh deployment
 * starts with; from then on the platform administrator creates, renames, configures, suspends and resumes them
 * (in 2022 three oblasts were created: the next such reform needs no release). Its code never changes, because
 * every row of the region carries it. Cached, with an expiry, so a change made on one node reaches the others
 * within a minute; whether a region is suspended is read by authentication itself, never from this cache.
 */
@Entity
@Table(name = "tenant")
@Cacheable
@Cache(expiry = 60_000)
public class Tenant {

    /** The languages of the portal, in which a region names itself and which it may take as its default. */
    public static final Set<String> LANGUAGES = Set.of("kk", "ru", "en");

    private static final Pattern CODE = Pattern.compile("^[a-z][a-z0-9-]{1,39}$");
    private static final Pattern COLOUR = Pattern.compile("^#[0-9a-f]{6}$");
    private static final Pattern MAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_OFFSETS = 10;
    private static final int MAX_OFFSET_DAYS = 60;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TenantStatus status = TenantStatus.ACTIVE;

    @Column(name = "suspended_reason")
    private String suspendedReason;

    @Column(name = "default_locale", nullable = false)
    private String defaultLocale = "kk";

    @Column(name = "mail_sender_name")
    private String mailSenderName;

    @Column(name = "mail_reply_to")
    private String mailReplyTo;

    @Column(name = "reminder_offsets", nullable = false)
    private String reminderOffsets = "14,7,3,1,0";

    @Column(name = "brand_colour")
    private String brandColour;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Only whether there is a logo; its bytes are read when it is served (see {@link TenantRepository#logo}). */
    @Column(name = "logo_type", insertable = false, updatable = false)
    private String logoType;

    @Version
    private long version;

    protected Tenant() {
        // for JPA
    }

    /**
     * A new region, active, with the national defaults for everything it may configure later.
     *
     * @throws TenantRuleException when the code is not a lower-case slug, a name is blank or the zone unknown
     */
    public static Tenant create(String code, TenantType type, RegionNames names, String timeZone, Instant now) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new TenantRuleException("tenant.code.invalid");
        }
        Tenant t = new Tenant();
        t.code = code;
        t.type = type;
        t.rename(names);
        t.timeZone = zoneOf(timeZone).getId();
        t.createdAt = now;
        return t;
    }

    /** New names in the three languages, of the region and of its centre. */
    public void rename(RegionNames names) {
        if (!names.complete()) {
            throw new TenantRuleException("tenant.names.required");
        }
        nameKk = names.nameKk().strip();
        nameRu = names.nameRu().strip();
        nameEn = names.nameEn().strip();
        centreKk = names.centreKk().strip();
        centreRu = names.centreRu().strip();
        centreEn = names.centreEn().strip();
    }

    /**
     * The region's own settings: time zone (its deadlines end at midnight there), default language of new users,
     * the sender name and reply-to address of its mails, the days before a deadline that reminders go out, and
     * its colour in the header, mails and the public page.
     */
    public void configure(TenantSettings settings) {
        ZoneId zone = zoneOf(settings.timeZone());
        if (!LANGUAGES.contains(settings.defaultLocale())) {
            throw new TenantRuleException("tenant.locale.invalid");
        }
        String replyTo = blankToNull(settings.mailReplyTo());
        if (replyTo != null && !MAIL.matcher(replyTo).matches()) {
            throw new TenantRuleException("tenant.replyTo.invalid");
        }
        String colour = blankToNull(settings.brandColour());
        if (colour != null && !COLOUR.matcher(colour.toLowerCase(Locale.ROOT)).matches()) {
            throw new TenantRuleException("tenant.colour.invalid");
        }
        timeZone = zone.getId();
        defaultLocale = settings.defaultLocale();
        mailSenderName = blankToNull(settings.mailSenderName());
        mailReplyTo = replyTo;
        reminderOffsets = formatOffsets(parseOffsets(settings.reminderOffsets()));
        brandColour = colour == null ? null : colour.toLowerCase(Locale.ROOT);
    }

    /** Stops the region: its users are told so at login, its deadlines and reminders pause; its data stays. */
    public void suspend(String reason) {
        if (status == TenantStatus.SUSPENDED) {
            throw new TenantRuleException("tenant.already.suspended");
        }
        String why = blankToNull(reason);
        if (why == null) {
            throw new TenantRuleException("tenant.suspend.reason");
        }
        status = TenantStatus.SUSPENDED;
        suspendedReason = why.length() > 500 ? why.substring(0, 500) : why;
    }

    public void resume() {
        if (status != TenantStatus.SUSPENDED) {
            throw new TenantRuleException("tenant.not.suspended");
        }
        status = TenantStatus.ACTIVE;
        suspendedReason = null;
    }

    /**
     * Reminder offsets as written by an administrator ("14, 7, 3, 1, 0"): whole days from 0 to 60, at most ten,
     * largest first, no repeats.
     */
    public static List<Integer> parseOffsets(String written) {
        if (written == null || written.isBlank()) {
            throw new TenantRuleException("tenant.offsets.invalid");
        }
        List<Integer> days;
        try {
            days = Arrays.stream(written.split(",")).map(String::strip).map(Integer::valueOf).distinct()
                    .sorted((a, b) -> b - a).toList();
        } catch (NumberFormatException e) {
            throw new TenantRuleException("tenant.offsets.invalid");
        }
        if (days.size() > MAX_OFFSETS || days.stream().anyMatch(d -> d < 0 || d > MAX_OFFSET_DAYS)) {
            throw new TenantRuleException("tenant.offsets.invalid");
        }
        return days;
    }

    private static String formatOffsets(List<Integer> days) {
        return days.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static ZoneId zoneOf(String id) {
        try {
            return ZoneId.of(id == null ? "" : id.strip());
        } catch (DateTimeException e) {
            throw new TenantRuleException("tenant.zone.invalid");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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

    public TenantStatus status() {
        return status;
    }

    public boolean suspended() {
        return status == TenantStatus.SUSPENDED;
    }

    public String suspendedReason() {
        return suspendedReason;
    }

    public String defaultLocale() {
        return defaultLocale;
    }

    public String mailSenderName() {
        return mailSenderName;
    }

    public String mailReplyTo() {
        return mailReplyTo;
    }

    public List<Integer> reminderOffsets() {
        return parseOffsets(reminderOffsets);
    }

    public String brandColour() {
        return brandColour;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public boolean hasLogo() {
        return logoType != null;
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
