package kz.bagalau.deadlines.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.application.DeadlineGuard;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.deadlines.domain.CalendarEvents;
import kz.bagalau.deadlines.domain.CalendarFeed;
import kz.bagalau.deadlines.domain.CalendarFeedRepository;
import kz.bagalau.identity.application.CallerContext;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.infrastructure.Sha256;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Each user's private calendar feed ({@code /calendar/<token>.ics}) with their own deadlines, so the dates appear
 * in Outlook or Google Calendar without anyone typing them: a body sees its reporting date (with its own
 * extension), an evaluator its conclusions, the planning body the general evaluation, the commission its
 * conclusion, the akim and the apparatus the report. The token is shown once, stored as its SHA-256, revocable;
 * the feed opens the token owner's region read-only and shows nothing of anyone else.
 */
@Stateless
@PermitAll
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private CalendarFeedRepository feeds;

    @Inject
    private CalendarEvents calendars;

    @Inject
    private CallerContext caller;

    @Inject
    private RegionUsers users;

    @Inject
    private CycleRepository cycles;

    @EJB
    private DeadlineGuard guard;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    /** Whether the caller has a feed now, and since when. */
    public Optional<Instant> activeSince() {
        return feeds.activeOf(caller.username()).stream().map(CalendarFeed::createdAt).findFirst();
    }

    /** A new feed for the caller (the old one stops working); returns the token, the only time it is shown. */
    public String create() {
        revokeAll();
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = feeds.add(new CalendarFeed(caller.username(), hash(token), clock.instant()));
        audit.record("CALENDAR_FEED_CREATED", "calendar_feed", feed.id(), null, Map.of("user", caller.username()));
        return token;
    }

    public void revoke() {
        if (revokeAll() == 0) {
            throw new NotFoundException("Calendar feed", caller.username());
        }
    }

    private int revokeAll() {
        List<CalendarFeed> active = feeds.activeOf(caller.username());
        active.forEach(f -> {
            f.revoke(clock.instant());
            audit.record("CALENDAR_FEED_REVOKED", "calendar_feed", f.id(), Map.of("active", true),
                    Map.of("active", false));
        });
        return active.size();
    }

    /** The feed of {@code token}, or empty for a token nobody holds (the page answers "not found"). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> feed(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,100}")) {
            return Optional.empty();
        }
        Optional<CalendarFeedRepository.Owner> owner = session.getBusinessObject(CalendarFeedService.class)
                .ownerOf(hash(token));
        return owner.map(o -> TenantContext.callAs(TenantAccess.readOnly(o.tenant()),
                () -> session.getBusinessObject(CalendarFeedService.class).deadlinesOf(o.username())));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<CalendarFeedRepository.Owner> ownerOf(String tokenHash) {
        return feeds.ownerOf(tokenHash);
    }

    /** The iCalendar of {@code username}'s deadlines in the current region, from a month ago on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public String deadlinesOf(String username) {
        RegionUsers.UserRef user = users.find(username).orElseThrow(() -> new NotFoundException("User", username));
        String locale = user.locale() == null ? "kk" : user.locale();
        ZoneId zone = time.zone();
        LocalDate from = time.today().minusDays(31);
        String tenant = TenantContext.require().tenantCode();
        List<CalendarEvents.Event> events = new ArrayList<>();
        for (int year : cycles.approvedYears()) {
            for (CycleStep step : stepsOf(user.roles())) {
                Long body = step == CycleStep.REPORTING ? user.bodyId() : null;
                guard.effective(year, step, body, null, null, null).filter(d -> !d.isBefore(from)).ifPresent(d ->
                        events.add(new CalendarEvents.Event(tenant + "-" + year + "-" + step.name() + "-"
                                + (body == null ? 0 : body) + "@bagalau",
                                Texts.get(Texts.localeOf(locale), "cycleStep." + step.name()) + " (" + year + ", "
                                        + step.paragraph() + ")", step.paragraph(),
                                d.atTime(23, 59).atZone(zone).toInstant(), null)));
            }
        }
        return calendars.calendar("Бағалау — " + username, events);
    }

    private static Set<CycleStep> stepsOf(Set<Role> roles) {
        Set<CycleStep> steps = EnumSet.noneOf(CycleStep.class);
        if (roles.contains(Role.EVALUATED_BODY)) {
            steps.add(CycleStep.REPORTING);
        }
        if (roles.stream().anyMatch(Role::authorisedEvaluator)) {
            steps.addAll(List.of(CycleStep.CONCLUSIONS, CycleStep.CORRECTED_CONCLUSIONS));
        }
        if (roles.contains(Role.PLANNING_BODY)) {
            steps.add(CycleStep.GENERAL_EVALUATION);
        }
        if (roles.contains(Role.COMMISSION_MEMBER) || roles.contains(Role.COMMISSION_WORKING_BODY)) {
            steps.add(CycleStep.COMMISSION);
        }
        if (roles.contains(Role.AKIM) || roles.contains(Role.AKIM_APPARATUS)) {
            steps.add(CycleStep.AKIM_REPORT);
        }
        return steps;
    }

    static String hash(String token) {
        return Sha256.hex(token);
    }
}
