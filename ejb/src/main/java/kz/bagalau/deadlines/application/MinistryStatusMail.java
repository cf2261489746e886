package kz.bagalau.deadlines.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.deadlines.domain.MailTemplates;
import kz.bagalau.deadlines.domain.MailTransport;
import kz.bagalau.deadlines.domain.NationalMailbox;
import kz.bagalau.deadlines.domain.RetryPolicy;
import kz.bagalau.deadlines.domain.TriggerPlan;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.national.domain.NationalReadModel;
import kz.bagalau.national.domain.RegionStep;
import kz.bagalau.shared.time.NationalTime;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * ¶53, ¶6: on 15 August of the evaluation year, at the morning hour in the capital, the central ministry gets one
 * status mail listing the regions whose akim's 25 July report has not arrived, read from the national read model.
 * Written once per recipient and year (a database-unique key, so two nodes or a restart never send it twice);
 * reached after downtime it is still sent once, marked late, for up to {@link #GRACE} after the day.
 */
@Stateless
@PermitAll
public class MinistryStatusMail {

    /** How long after 15 August a status mail still goes out (the portal was down on the day). */
    static final Duration GRACE = Duration.ofDays(30);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    private NationalMailbox mailbox;

    @Inject
    private NationalReadModel national;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private MailTemplates templates;

    @Inject
    private MailTransport transport;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "bagalau.portal.url", defaultValue = "http://127.0.0.1:8080")
    private String portalUrl;

    @Inject
    private MailRetries retries;

    @Resource
    private SessionContext session;

    /** Writes the status mail of the year whose 15 August has come, if not written yet; returns the mails written. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int sweep() {
        Instant now = clock.instant();
        int year = LocalDate.ofInstant(now, NationalTime.ZONE).getYear() - 1;
        Instant due = CycleStep.MINISTRY_SUMMARY.fixedDate(year).orElseThrow().atTime(TriggerPlan.MORNING)
                .atZone(NationalTime.ZONE).toInstant();
        if (now.isBefore(due) || now.isAfter(due.plus(GRACE))) {
            return 0;
        }
        MinistryStatusMail self = session.getBusinessObject(MinistryStatusMail.class);
        if (self.written(year)) {
            return 0;
        }
        Set<String> arrived = self.reportsArrived(year);
        List<TenantSummary> regions = tenants.all();
        List<TenantSummary> missing = regions.stream().filter(t -> !arrived.contains(t.code())).toList();
        return self.write(year, missing, regions.size(), now.isAfter(due.plus(Duration.ofHours(1))));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean written(int year) {
        return mailbox.anyWithKeyPrefix(key(year, ""));
    }

    /** The regions whose akim's report for {@code year} arrived, late or not (a national, read-only transaction). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Set<String> reportsArrived(int year) {
        return national.steps(year).stream()
                .filter(s -> s.step().equals(CycleStep.AKIM_REPORT.name()) && s.doneAt() != null)
                .map(RegionStep::region).collect(Collectors.toSet());
    }

    /** One mail per ministry account in its own language, each written once. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int write(int year, List<TenantSummary> missing, int regions, boolean late) {
        int written = 0;
        for (NationalMailbox.Recipient to : mailbox.recipients(Role.Names.MINISTRY)) {
            Locale locale = Locale.forLanguageTag(to.locale());
            Map<String, Object> model = new HashMap<>();
            model.put("recipientName", to.displayName());
            model.put("year", year);
            model.put("reportDeadline", DATE.format(CycleStep.AKIM_REPORT.fixedDate(year).orElseThrow()));
            model.put("count", missing.size());
            model.put("anyMissing", !missing.isEmpty());
            model.put("total", regions);
            model.put("regions", missing.stream().map(t -> Map.of("name", t.name(locale))).toList());
            model.put("late", late);
            model.put("link", portalUrl + "/app/board.xhtml?year=" + year);
            if (mailbox.add(key(year, to.username()), to, templates.render("ministry_status", to.locale(), model),
                    late, clock.instant())) {
                written++;
            }
        }
        return written;
    }

    /** @return how many national mails the server accepted */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue() {
        MinistryStatusMail self = session.getBusinessObject(MinistryStatusMail.class);
        List<Long> due = self.dueIds();
        if (due.isEmpty()) {
            return 0;
        }
        int sent = 0;
        try (MailTransport.Connection connection = transport.open()) {
            for (long id : due) {
                sent += self.deliver(id, connection) ? 1 : 0;
            }
        }
        return sent;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> dueIds() {
        return mailbox.dueIds(clock.instant(), 100);
    }

    /** Delivers one mail under its row lock and commits it as sent (or counts the refusal) right after. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long id, MailTransport.Connection connection) {
        return mailbox.lockDue(id, clock.instant()).map(mail -> {
            try {
                connection.send(new MailTransport.Outgoing("Бағалау — Орталық уәкілетті орган", null, mail.address(),
                        mail.subject(), mail.text(), mail.html(), null, "<national-" + mail.id() + "@bagalau>"));
                mailbox.delivered(mail.id(), clock.instant());
                return true;
            } catch (MailTransport.MailFailure e) {
                RetryPolicy policy = retries.policy();
                int attempts = mail.attempts() + 1;
                mailbox.attemptFailed(mail.id(), e.getMessage(), clock.instant().plus(policy.delayAfter(attempts)),
                        attempts >= policy.maxAttempts());
                return false;
            }
        }).orElse(false);
    }

    private static String key(int year, String username) {
        return "MINISTRY_STATUS|" + year + "|" + username;
    }
}
