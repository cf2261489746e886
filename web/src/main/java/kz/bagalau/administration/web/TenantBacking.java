package kz.bagalau.administration.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import kz.bagalau.administration.application.IssuedPassword;
import kz.bagalau.administration.application.NewTenant;
import kz.bagalau.administration.application.TenantAdministration;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.shared.web.UploadedBytes;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.domain.RegionNames;
import kz.bagalau.tenancy.domain.TenantSettings;
import kz.bagalau.tenancy.domain.TenantType;
import org.primefaces.model.file.UploadedFile;

/**
 * The platform administrator's page of one region: without a code it creates a region (with its calendar and
 * first administrator, whose temporary password is shown once); with one it renames, configures, brands, suspends
 * and resumes it. The region's code is fixed at creation: every row of the region carries it.
 */
@Named
@ViewScoped
public class TenantBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TenantAdministration tenants;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private TenantDirectory directory;

    private String code;
    private TenantSummary tenant;
    private TenantType type = TenantType.OBLAST;
    private String nameKk;
    private String nameRu;
    private String nameEn;
    private String centreKk;
    private String centreRu;
    private String centreEn;
    private String timeZone = "Asia/Almaty";
    private String defaultLocale = "kk";
    private String mailSenderName;
    private String mailReplyTo;
    private String reminderOffsets = "14,7,3,1,0";
    private String brandColour;
    private String adminName;
    private String adminEmail;
    private String suspendReason;
    private IssuedPassword issued;
    private transient UploadedFile logo;

    public void load() {
        currentUser.requireAnyOf("tenant", Role.Names.PLATFORM_ADMIN);
        if (code != null && !code.isBlank()) {
            show(tenants.all().stream().filter(t -> t.code().equals(code)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Tenant", code)));
        }
    }

    private void show(TenantSummary t) {
        tenant = t;
        code = t.code();
        type = t.type();
        nameKk = t.nameKk();
        nameRu = t.nameRu();
        nameEn = t.nameEn();
        centreKk = t.centreKk();
        centreRu = t.centreRu();
        centreEn = t.centreEn();
        timeZone = t.timeZone();
        defaultLocale = t.defaultLocale();
        mailSenderName = t.mailSenderName();
        mailReplyTo = t.mailReplyTo();
        reminderOffsets = t.reminderOffsets().stream().map(String::valueOf).collect(Collectors.joining(","));
        brandColour = t.brandColour();
    }

    public void create() {
        FacesMessages.attempt(() -> issued = tenants.create(new NewTenant(code == null ? null : code.strip(), type,
                names(), settings(), adminName, adminEmail)), "tenant.created", () -> load());
    }

    public void rename() {
        FacesMessages.attempt(() -> show(tenants.rename(code, names())), "tenant.saved", () -> { });
    }

    public void configure() {
        FacesMessages.attempt(() -> show(tenants.configure(code, settings())), "tenant.saved", () -> { });
    }

    public void suspend() {
        FacesMessages.attempt(() -> show(tenants.suspend(code, suspendReason)), "tenant.suspended", () ->
                suspendReason = null);
    }

    public void resume() {
        FacesMessages.attempt(() -> show(tenants.resume(code)), "tenant.resumed", () -> { });
    }

    public void uploadLogo() {
        UploadedBytes.read(logo, TenantAdministration.MAX_LOGO_BYTES).ifPresent(content ->
                FacesMessages.attempt(() -> tenants.replaceLogo(code, content), "tenant.logoSaved", () -> { }));
    }

    public void removeLogo() {
        FacesMessages.attempt(() -> tenants.replaceLogo(code, null), "tenant.logoRemoved", () -> { });
    }

    private RegionNames names() {
        return new RegionNames(nameKk, nameRu, nameEn, centreKk, centreRu, centreEn);
    }

    private TenantSettings settings() {
        return new TenantSettings(timeZone, defaultLocale, mailSenderName, mailReplyTo, reminderOffsets, brandColour);
    }

    /** The time zones of Kazakhstan first, as the regions use them. */
    public List<String> getZones() {
        return List.of("Asia/Almaty", "Asia/Qostanay", "Asia/Aqtobe", "Asia/Aqtau", "Asia/Atyrau", "Asia/Oral",
                "Asia/Qyzylorda").stream().filter(z -> ZoneId.getAvailableZoneIds().contains(z)).toList();
    }

    public TenantType[] getTypes() {
        return TenantType.values();
    }

    public boolean isHasLogo() {
        return code != null && !isCreating() && directory.logo(code).isPresent();
    }

    public boolean isCreating() {
        return tenant == null;
    }

    public TenantSummary getTenant() {
        return tenant;
    }

    public IssuedPassword getIssued() {
        return issued;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public TenantType getType() {
        return type;
    }

    public void setType(TenantType type) {
        this.type = type;
    }

    public String getNameKk() {
        return nameKk;
    }

    public void setNameKk(String nameKk) {
        this.nameKk = nameKk;
    }

    public String getNameRu() {
        return nameRu;
    }

    public void setNameRu(String nameRu) {
        this.nameRu = nameRu;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getCentreKk() {
        return centreKk;
    }

    public void setCentreKk(String centreKk) {
        this.centreKk = centreKk;
    }

    public String getCentreRu() {
        return centreRu;
    }

    public void setCentreRu(String centreRu) {
        this.centreRu = centreRu;
    }

    public String getCentreEn() {
        return centreEn;
    }

    public void setCentreEn(String centreEn) {
        this.centreEn = centreEn;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getDefaultLocale() {
        return defaultLocale;
    }

    public void setDefaultLocale(String defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public String getMailSenderName() {
        return mailSenderName;
    }

    public void setMailSenderName(String mailSenderName) {
        this.mailSenderName = mailSenderName;
    }

    public String getMailReplyTo() {
        return mailReplyTo;
    }

    public void setMailReplyTo(String mailReplyTo) {
        this.mailReplyTo = mailReplyTo;
    }

    public String getReminderOffsets() {
        return reminderOffsets;
    }

    public void setReminderOffsets(String reminderOffsets) {
        this.reminderOffsets = reminderOffsets;
    }

    public String getBrandColour() {
        return brandColour;
    }

    public void setBrandColour(String brandColour) {
        this.brandColour = brandColour;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getSuspendReason() {
        return suspendReason;
    }

    public void setSuspendReason(String suspendReason) {
        this.suspendReason = suspendReason;
    }

    public UploadedFile getLogo() {
        return logo;
    }

    public void setLogo(UploadedFile logo) {
        this.logo = logo;
    }
}
