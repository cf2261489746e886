package kz.bagalau.deadlines.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.deadlines.domain.CalendarEvents;
import kz.bagalau.deadlines.domain.DeadlineTrigger;
import kz.bagalau.deadlines.domain.TriggerKind;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What one firing does, in the transaction that marks it done. A reminder writes a mail to each person who still
 * has to act (and to nobody else); the deadline records each party that missed it in the audit log, as a breach
 * with its responsible role (¶62-¶64), and sends one escalation to the akim and the apparatus listing who missed
 * it (¶6). The step itself is locked by the cycle's DeadlineGuard from that instant on.
 */
@Stateless
@PermitAll
public class DeadlineFirings {

    /** The actor the audit log names for what the scheduler records. */
    public static final String ACTOR = "scheduler";

    @Inject
    private StepDebts debts;

    @Inject
    private Outbox outbox;

    @Inject
    private AuditLog audit;

    @Inject
    private RegionUsers users;

    @Inject
    private RegionTime time;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "bagalau.portal.url", defaultValue = "http://127.0.0.1:8080")
    private String portalUrl;

    /** Does the firing's work and marks it done; returns what it did, for the plan's record. */
    public String fire(DeadlineTrigger trigger, Duration tolerance) {
        Instant now = clock.instant();
        boolean late = now.isAfter(trigger.dueAt().plus(tolerance));
        CycleStep step = CycleStep.valueOf(trigger.step());
        List<Debt> owing = debts.of(trigger.year(), step, trigger.deadline(), trigger.subjectId());
        String outcome = trigger.kind() == TriggerKind.REMINDER ? remind(trigger, step, owing, late)
                : enforce(trigger, step, owing, late);
        trigger.fired(now, tolerance, outcome);
        return outcome;
    }

    private String remind(DeadlineTrigger t, CycleStep step, List<Debt> owing, boolean late) {
        Outbox.Letter letter = new Outbox.Letter("reminder", model(t, step, late, page(step)),
                String.join("|", "REMINDER", String.valueOf(t.year()), step.name(), String.valueOf(t.offsetDays()),
                        String.valueOf(t.subjectId()), t.deadline().toString()), t.year(), event(t, step), late);
        int written = 0;
        for (Debt debt : owing) {
            for (RegionUsers.UserRef to : debt.recipients()) {
                String locale = localeOf(to);
                Map<String, Object> personal = localized(t, step, locale);
                personal.put("missing", Texts.get(Texts.localeOf(locale), "stepMissing." + step.name(),
                        debt.missing(), debt.total()));
                personal.put("party", debt.partyIn(locale));
                if (outbox.send(to, letter, personal)) {
                    written++;
                }
            }
        }
        return "reminders=" + written + " parties=" + owing.size();
    }

    private String enforce(DeadlineTrigger t, CycleStep step, List<Debt> owing, boolean late) {
        String tenant = TenantContext.require().tenantCode();
        for (Debt debt : owing) {
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("year", t.year());
            after.put("step", step.name());
            after.put("paragraph", step.paragraph());
            after.put("deadline", t.deadline().toString());
            after.put("body", debt.bodyId() == null ? "" : debt.bodyId().toString());
            after.put("responsibleRole", debt.role().name());
            after.put("party", debt.partyIn("ru"));
            after.put("missing", debt.missing());
            after.put("total", debt.total());
            audit.recordAs(tenant, ACTOR, "SYSTEM", "DEADLINE_MISSED", "cycle_step", step.name(), null, after);
        }
        if (owing.isEmpty()) {
            return "missed=0";
        }
        Outbox.Letter letter = new Outbox.Letter("escalation", model(t, step, late, "breaches"),
                String.join("|", "DEADLINE", String.valueOf(t.year()), step.name(), String.valueOf(t.subjectId()),
                        t.deadline().toString()),
                t.year(), null, late);
        int written = 0;
        for (RegionUsers.UserRef to : users.withAnyRole(Set.of(Role.AKIM, Role.AKIM_APPARATUS))) {
            String locale = localeOf(to);
            List<Map<String, Object>> parties = owing.stream().map(d -> Map.<String, Object>of("name",
                    d.partyIn(locale), "missing", Texts.get(Texts.localeOf(locale), "stepMissing." + step.name(),
                            d.missing(), d.total()))).toList();
            Map<String, Object> personal = localized(t, step, locale);
            personal.put("parties", parties);
            personal.put("count", owing.size());
            if (outbox.send(to, letter, personal)) {
                written++;
            }
        }
        return "missed=" + owing.size() + " escalations=" + written;
    }

    /** What the recipient's language changes: the region's and the step's names and the date. */
    private Map<String, Object> localized(DeadlineTrigger t, CycleStep step, String locale) {
        TenantSummary tenant = tenants.get(TenantContext.require().tenantCode());
        Map<String, Object> m = new HashMap<>();
        m.put("tenantName", tenant.name(Texts.localeOf(locale)));
        m.put("stepName", Texts.get(Texts.localeOf(locale), "cycleStep." + step.name()));
        m.put("deadline", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Texts.localeOf(locale))
                .format(t.deadline()));
        return m;
    }

    private Map<String, Object> model(DeadlineTrigger t, CycleStep step, boolean late, String page) {
        ZoneId zone = time.zone();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, Object> m = new HashMap<>();
        m.put("stepCode", step.name());
        m.put("paragraph", step.paragraph());
        m.put("zone", zone.getId());
        m.put("daysLeft", Math.max(0, ChronoUnit.DAYS.between(today, t.deadline())));
        m.put("year", t.year());
        m.put("late", late);
        m.put("link", portalUrl + "/app/" + page + ".xhtml?year=" + t.year());
        return m;
    }

    private CalendarEvents.Event event(DeadlineTrigger t, CycleStep step) {
        String tenant = TenantContext.require().tenantCode();
        return new CalendarEvents.Event(tenant + "-" + t.year() + "-" + step.name() + "-" + t.subjectId() + "@bagalau",
                step.name() + " " + step.paragraph(), portalUrl + "/app/" + page(step) + ".xhtml?year=" + t.year(),
                t.deadline().atTime(23, 59).atZone(time.zone()).toInstant(), portalUrl);
    }

    private static String page(CycleStep step) {
        return switch (step) {
            case REPORTING, CONCLUSIONS, CORRECTED_CONCLUSIONS -> "evaluations";
            case APPEAL_DECISION, APPEAL_WINDOW -> "appeals";
            case DOCUMENT_REQUEST -> "reporting";
            default -> "cycle";
        };
    }

    private static String localeOf(RegionUsers.UserRef to) {
        return to.locale() == null ? "kk" : to.locale();
    }
}
