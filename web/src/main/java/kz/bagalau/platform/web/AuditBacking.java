package kz.bagalau.platform.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.audit.application.AuditVerifier;
import kz.bagalau.audit.domain.AuditEntryView;
import kz.bagalau.audit.domain.AuditQuery;
import kz.bagalau.audit.domain.AuditVerification;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The audit page (¶62-¶66): the platform administrator verifies every region's hash chain and sees the first
 * broken link; the administrator (looking into a region), the region's administrator and the akim read its
 * entries with who, role, when, before and after, the reads of evaluation material included (¶65), filtered by
 * who, what and the period (days in the region's zone) — as address parameters, so a filtered view can be linked.
 */
@Named
@ViewScoped
public class AuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE = 200;

    @Inject
    private AuditLog audit;

    @Inject
    private AuditVerifier verifier;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationAccess access;

    private AuditVerification verification;
    private List<AuditEntryView> entries;
    private String action;
    private String actor;
    private String from;
    private String to;

    @Inject
    private RegionTime regionTime;

    public void load() {
        access.requireInRegion(NeedToKnow.Material.AUDIT);
        refresh();
    }

    public void verify() {
        verification = verifier.verify();
    }

    /**
     * The newest entries by {@code actor}, in the period {@code from}–{@code to} (whole days in the region's zone),
     * narrowed to those whose action (its code or its name in the user's language) matches.
     */
    public void refresh() {
        if (TenantContext.current().isEmpty()) {
            entries = List.of();
            return;
        }
        ZoneId zone = regionTime.zone();
        Instant start = day(from).map(d -> d.atStartOfDay(zone).toInstant()).orElse(null);
        Instant end = day(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant()).orElse(null);
        String wanted = action == null ? "" : action.strip().toLowerCase(FacesMessages.locale());
        entries = audit.search(new AuditQuery(actor, null, start, end, wanted.isEmpty() ? PAGE : 2_000)).stream()
                .filter(e -> wanted.isEmpty() || e.action().toLowerCase(Locale.ROOT).contains(wanted)
                        || actionLabel(e.action()).toLowerCase(FacesMessages.locale()).contains(wanted))
                .limit(PAGE).toList();
    }

    /** A day as the filter's date field sends it (yyyy-MM-dd); a malformed one is said so and ignored. */
    private static Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            FacesMessages.error("audit.date.invalid", text.strip());
            return Optional.empty();
        }
    }

    public String actionLabel(String code) {
        return Texts.labelOf(FacesMessages.locale(), "audit.action.", code);
    }

    public String entityLabel(String code) {
        return Texts.labelOf(FacesMessages.locale(), "audit.entity.", code);
    }

    public String roleLabel(String code) {
        return Texts.labelOf(FacesMessages.locale(), "role.", code);
    }

    /** A stored state as "field: value" lines, in the order it was recorded, instead of raw JSON. */
    public List<String> fields(String json) {
        return AuditStates.lines(json);
    }

    public boolean isAdmin() {
        return currentUser.has(Role.Names.PLATFORM_ADMIN);
    }

    public AuditVerification getVerification() {
        return verification;
    }

    public List<AuditEntryView> getEntries() {
        return entries;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
