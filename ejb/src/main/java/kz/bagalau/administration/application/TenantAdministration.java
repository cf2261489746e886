package kz.bagalau.administration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.application.CalendarService;
import kz.bagalau.identity.application.PasswordHasher;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.domain.UserAccount;
import kz.bagalau.identity.domain.UserAccountRepository;
import kz.bagalau.shared.domain.FileSignature;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.tenancy.domain.RegionNames;
import kz.bagalau.tenancy.domain.Tenant;
import kz.bagalau.tenancy.domain.TenantRepository;
import kz.bagalau.tenancy.domain.TenantRuleException;
import kz.bagalau.tenancy.domain.TenantSettings;

/**
 * The platform administrator's regions: create one (with its calendar and its first administrator, in one
 * transaction, or nothing), rename, configure, brand, suspend and resume. Each change is audited in the region's
 * own chain, with before and after.
 */
@Stateless
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class TenantAdministration {

    /** The largest logo accepted: it is shown small in the header, mails and the public page. */
    public static final int MAX_LOGO_BYTES = 256 * 1024;

    @Inject
    private TenantRepository tenants;

    @Inject
    private UserAccountRepository accounts;

    @EJB
    private CalendarService calendar;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    public List<TenantSummary> all() {
        return tenants.all().stream().map(TenantSummary::of).toList();
    }

    /**
     * Provisions a region: the region with its settings, the statutory holidays of last, this and next year in its
     * calendar, and its first administrator ({@code <code>.admin}) with a temporary password, returned once.
     * Either all of it is written or, on any refusal, nothing.
     */
    public IssuedPassword create(NewTenant request) {
        if (request.code() != null && tenants.findByCode(request.code()).isPresent()) {
            throw new RuleViolation("tenant.code.taken", request.code());
        }
        Tenant tenant = rules(() -> {
            Tenant t = Tenant.create(request.code(), request.type(), request.names(), request.settings().timeZone(),
                    clock.instant());
            t.configure(request.settings());
            return t;
        });
        tenants.add(tenant);
        return TenantContext.callAs(TenantAccess.readWrite(tenant.code()), () -> {
            int thisYear = Year.now(clock.withZone(tenant.zone())).getValue();
            calendar.provision(thisYear - 1, thisYear + 1);
            String temporary = RegionUserAdministration.temporaryPassword();
            UserAccount admin = accounts.add(UserAccount.invite(tenant.code() + ".admin", request.adminDisplayName(),
                    Set.of(Role.REGION_ADMIN), null, request.adminEmail(), tenant.defaultLocale(),
                    hasher.hash(temporary.toCharArray()), clock.instant()));
            audit.record("TENANT_CREATED", "tenant", tenant.code(), null, state(TenantSummary.of(tenant)));
            audit.record("USER_CREATED", "user", admin.username(), null,
                    Map.of("roles", Role.Names.REGION_ADMIN, "displayName", admin.displayName()));
            return new IssuedPassword(admin.username(), temporary);
        });
    }

    public TenantSummary rename(String code, RegionNames names) {
        return change(code, "TENANT_RENAMED", t -> t.rename(names));
    }

    public TenantSummary configure(String code, TenantSettings settings) {
        return change(code, "TENANT_CONFIGURED", t -> t.configure(settings));
    }

    /** Suspends the region: its users are refused at login with the reason, its deadlines and reminders pause. */
    public TenantSummary suspend(String code, String reason) {
        return change(code, "TENANT_SUSPENDED", t -> t.suspend(reason));
    }

    public TenantSummary resume(String code) {
        return change(code, "TENANT_RESUMED", Tenant::resume);
    }

    /**
     * The region's logo: a PNG or JPEG of at most {@value #MAX_LOGO_BYTES} bytes, recognised by its content, not
     * by its name; {@code null} content removes it.
     */
    public void replaceLogo(String code, byte[] content) {
        Tenant tenant = tenants.getByCode(code);
        TenantRepository.Logo logo = null;
        if (content != null) {
            if (content.length == 0 || content.length > MAX_LOGO_BYTES) {
                throw new RuleViolation("tenant.logo.size", MAX_LOGO_BYTES / 1024);
            }
            logo = new TenantRepository.Logo(imageType(content), content);
        }
        boolean had = tenants.logo(code).isPresent();
        tenants.replaceLogo(tenant.code(), logo);
        Map<String, Object> after = logo == null ? Map.of("logo", "none")
                : Map.of("logo", logo.contentType(), "bytes", content.length);
        TenantContext.runAs(TenantAccess.readWrite(code), () ->
                audit.record("TENANT_LOGO_REPLACED", "tenant", code, Map.of("logo", had), after));
    }

    private TenantSummary change(String code, String action, java.util.function.Consumer<Tenant> change) {
        Tenant tenant = tenants.getByCode(code);
        Map<String, Object> before = state(TenantSummary.of(tenant));
        rules(() -> {
            change.accept(tenant);
            return tenant;
        });
        TenantSummary after = TenantSummary.of(tenant);
        TenantContext.runAs(TenantAccess.readWrite(code), () -> audit.record(action, "tenant", code, before,
                state(after)));
        return after;
    }

    private static <T> T rules(Supplier<T> work) {
        try {
            return work.get();
        } catch (TenantRuleException e) {
            throw new RuleViolation(e.messageKey());
        }
    }

    private static String imageType(byte[] c) {
        return FileSignature.of(c).filter(t -> !t.equals(FileSignature.PDF))
                .orElseThrow(() -> new RuleViolation("tenant.logo.type"));
    }

    private static Map<String, Object> state(TenantSummary t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("names", List.of(t.nameKk(), t.nameRu(), t.nameEn()));
        m.put("centres", List.of(t.centreKk(), t.centreRu(), t.centreEn()));
        m.put("timeZone", t.timeZone());
        m.put("status", t.status().name());
        m.put("suspendedReason", t.suspendedReason());
        m.put("defaultLocale", t.defaultLocale());
        m.put("mailSenderName", t.mailSenderName());
        m.put("mailReplyTo", t.mailReplyTo());
        m.put("reminderOffsets", t.reminderOffsets());
        m.put("brandColour", t.brandColour());
        return m;
    }
}
