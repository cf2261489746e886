package kz.bagalau.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.cycle.application.NotificationService;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.identity.application.ProfileService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.identity.web.TenantResolutionFilter;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.time.ShiftableClock;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The page frame every view shares: the region's name, the user and role, the language switch (kk default,
 * remembered per user in the database and, before login, in a cookie), logout, and, for the ministry and
 * the platform administrator, the choice of a region to look into.
 */
@Named
@RequestScoped
public class LayoutBacking {

    static final String LANGUAGE_COOKIE = "bagalau.lang";

    @Inject
    private CurrentUser currentUser;

    @Inject
    private ProfileService profiles;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ShiftableClock clock;

    @Inject
    private EvaluationAccess access;

    @Inject
    private NotificationService notices;

    private Locale locale;
    private Set<NeedToKnow.Relation> regionRelations;
    private Long unread;
    private Optional<TenantSummary> tenant;

    /** The user's unread notices (every mail the portal sends is one), for the header; 0 outside a region. */
    public long getUnreadNotices() {
        if (unread == null) {
            unread = TenantContext.current().isPresent() && currentUser.isLoggedIn() && !currentUser.isCrossTenant()
                    ? notices.unreadCount() : 0L;
        }
        return unread;
    }

    /**
     * Whether the menu offers the page of a region-wide record ({@code GENERAL_EVALUATION}, {@code BREACH},
     * {@code AUDIT}): what the need-to-know matrix could open to the user's roles. An expert is offered the
     * general evaluation; the page itself shows only what the year's assignment opens (¶48).
     */
    public boolean opens(String material) {
        if (regionRelations == null) {
            NeedToKnow.Reader r = access.regionReader();
            List<NeedToKnow.Assignment> possible = r.has(Role.EXPERT)
                    ? List.of(new NeedToKnow.Assignment(null, null)) : List.of();
            regionRelations = NeedToKnow.regionRelations(new NeedToKnow.Reader(r.username(), r.roles(), r.bodyId(),
                    possible, Set.of(), false, false));
        }
        return NeedToKnow.allows(regionRelations, NeedToKnow.Material.valueOf(material));
    }

    public Locale getLocale() {
        if (locale == null) {
            locale = Texts.localeOf(currentUser.profile().map(p -> p.locale()).orElseGet(this::cookieLanguage));
        }
        return locale;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return Texts.LANGUAGES;
    }

    private String cookieLanguage() {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Texts.DEFAULT.getLanguage();
        }
        return Arrays.stream(cookies).filter(c -> LANGUAGE_COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(Texts.LANGUAGES::contains).findFirst().orElse(Texts.DEFAULT.getLanguage());
    }

    /** Switches the language and reloads the current page in it. */
    public String switchLanguage(String language) {
        if (!Texts.LANGUAGES.contains(language)) {
            return null;
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.addResponseCookie(LANGUAGE_COOKIE, language,
                Map.of("maxAge", 365 * 24 * 3600, "path", external.getRequestContextPath().isEmpty()
                        ? "/" : external.getRequestContextPath(), "httpOnly", true, "SameSite", "Lax"));
        currentUser.profile().ifPresent(p -> profiles.changeLanguage(p.username(), language));
        locale = Texts.localeOf(language);
        return FacesContext.getCurrentInstance().getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    /** The region of this request, named in the user's language; empty for a cross-tenant user not looking into one. */
    public String getTenantName() {
        TenantSummary t = getTenant();
        return t == null ? "" : t.name(getLocale());
    }

    /** The region of this request (its name, colour and whether it has a logo), or null outside any region. */
    public TenantSummary getTenant() {
        if (tenant == null) {
            tenant = TenantContext.current().map(TenantAccess::tenantCode).flatMap(tenants::find);
        }
        return tenant.orElse(null);
    }

    /** The header's style in the region's colour (issue 11's branding), empty for the portal's own. */
    public String getBrandStyle() {
        TenantSummary t = getTenant();
        return t == null || t.brandColour() == null ? "" : "border-top: 6px solid " + t.brandColour();
    }

    public boolean isReadOnlyTenant() {
        return TenantContext.current().map(TenantAccess::readOnly).orElse(false);
    }

    public String getInspectedTenant() {
        return TenantContext.current().map(TenantAccess::tenantCode).orElse(null);
    }

    public List<TenantSummary> getRegions() {
        return currentUser.isCrossTenant() ? tenants.all() : List.of();
    }

    /** A ministry or platform user chooses a region to look into; anybody else is refused. */
    public String inspect(String tenantCode) {
        return inspect(tenantCode, "/app/home.xhtml?faces-redirect=true");
    }

    /** The drill-down from a national page: looks into the region and opens its results of {@code year}. */
    public String inspectResults(String tenantCode, int year) {
        return inspect(tenantCode, "/app/results.xhtml?faces-redirect=true&year=" + year);
    }

    private String inspect(String tenantCode, String outcome) {
        if (!currentUser.isCrossTenant() || tenants.find(tenantCode).isEmpty()) {
            return null;
        }
        request.getSession().setAttribute(TenantResolutionFilter.INSPECTED_TENANT, tenantCode);
        return outcome;
    }

    public String leaveRegion() {
        if (request.getSession(false) != null) {
            request.getSession().removeAttribute(TenantResolutionFilter.INSPECTED_TENANT);
        }
        return "/app/home.xhtml?faces-redirect=true";
    }

    public String logout() throws ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession().invalidate();
        }
        return "/login.xhtml?faces-redirect=true";
    }

    /** The demo and the tests may run at a moved date; the page says so, so nobody mistakes it for today. */
    public boolean isDemoClock() {
        return clock.isShifted();
    }

    public java.time.Instant getNow() {
        return clock.instant();
    }

    public String roleLabel(String role) {
        return role == null ? "" : Texts.get(getLocale(), "role." + role);
    }
}
