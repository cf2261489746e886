package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.ReceiptRule;
import kz.bagalau.cycle.domain.WorkingCalendar;
import kz.bagalau.evaluation.application.EvaluationAccess;
import kz.bagalau.evaluation.application.EvidenceService;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.NeedToKnow.Material;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.AppealDecided;
import kz.bagalau.shared.event.AppealFiled;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.SpecialCommissionFormed;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Appeals (¶55-¶59): the body files within five working days of receiving the conclusion; without documents
 * the appeal is kept and answered automatically (¶56); otherwise the direction's evaluator forms a special
 * commission without anyone who took part in evaluating the body (¶57), and a member records the reasoned
 * decision within five working days of filing (¶58). An accepted appeal is answered by a corrected
 * conclusion, which {@code ConclusionService} issues as a new version (¶59).
 */
@Stateless
public class AppealService {

    /** The roles from whose staff a special commission is formed. */

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @Inject
    private EvaluationAccess access;

    @EJB
    private EvidenceService evidence;

    @EJB
    private CalendarService calendar;

    @EJB
    private DeadlineGuard deadlines;

    @Inject
    private DomainEvents events;

    @Inject
    private AppealParticipants participants;

    @Inject
    private AppealViews views;

    @Inject
    private RegionUsers users;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    /** Whether and until when the body may appeal the conclusion on a direction (¶55). */
    @PermitAll
    public AppealWindow window(long directionEvaluationId) {
        return window(evaluations.getDirection(directionEvaluationId), calendar.around(time.today()));
    }

    /**
     * The same for a direction already loaded, counted in a calendar the caller already holds: a caller that
     * asks for many directions (the cycle page, finalising all that are ready) loads the calendar once.
     */
    @PermitAll
    public AppealWindow window(DirectionEvaluation d, WorkingCalendar cal) {
        if (!access.isEvaluatorOf(d)) {
            access.requireVisible(d.evaluation());
        }
        // ¶55, ¶60: the window counts from the receipt of the version the body may appeal: the first, or the
        // version the working body's re-check corrected, which the body receives anew.
        Optional<Conclusion> sent = evaluations.findAppealableConclusion(d.id());
        if (sent.isEmpty()) {
            return AppealWindow.none();
        }
        LocalDate today = time.today();
        LocalDate receipt = ReceiptRule.receipt(sent.get().sentAt(), sent.get().receivedAt(), cal, time.zone());
        LocalDate end = ReceiptRule.appealWindowEnd(receipt, cal);
        long version = sent.get().id();
        Optional<Appeal> filed = cycles.appeals(List.of(d.id())).stream().filter(a -> a.conclusionId() == version)
                .findFirst();
        boolean open = filed.isEmpty() && d.canAppeal() && !today.isAfter(end) && access.isOwnBody(d.evaluation());
        return new AppealWindow(true, receipt, end, open, filed.map(Appeal::id).orElse(null));
    }

    /**
     * ¶55-¶56: files the body's appeal on one direction with its documents, all or nothing: a refused document
     * (empty, too large, of another kind than it claims) leaves no appeal behind. Without documents the appeal is answered at once that a re-check is unfounded.
     */
    @RolesAllowed(Role.Names.EVALUATED_BODY)
    public AppealView file(long directionEvaluationId, String text, List<AppealDocument> documents) {
        DirectionEvaluation d = evaluations.getDirection(directionEvaluationId);
        access.requireOwn(d.evaluation());
        LocalDate today = time.today();
        WorkingCalendar cal = calendar.around(today);
        AppealWindow window = window(d, cal);
        if (window.appealId() != null) {
            throw new RuleViolation("appeal.exists", d.direction().number());
        }
        if (!d.canAppeal()) {
            throw new RuleViolation("appeal.direction.state", d.direction().number());
        }
        List<AppealDocument> attached = documents.stream().filter(AppealDocument::chosen).toList();
        Conclusion latest = evaluations.findAppealableConclusion(d.id())
                .orElseThrow(() -> new RuleViolation("appeal.direction.state", d.direction().number()));
        Appeal appeal = Appeal.file(d.id(), latest.id(), text, attached.size(), today, window.windowEnd(),
                ReceiptRule.decisionDue(today, cal), d.evaluatorRole().name(), access.caller().username(),
                time.clock().instant());
        attached.forEach(doc -> evidence.attachAppealDocument(d.id(), doc.fileName(), doc.content(), doc.confidential()));
        if (appeal.status() == Appeal.Status.FILED) {
            d.putUnderAppeal();
        }
        cycles.add(appeal);
        audit.record("APPEAL_FILED", "appeal", appeal.id(), null, Map.of("direction", d.direction().number(),
                "documents", attached.size(), "status", appeal.status().name(), "windowEnd", window.windowEnd().toString(),
                "decisionDue", appeal.decisionDue().toString()));
        events.publish(new AppealFiled(tenant(), d.evaluation().year(), d.evaluation().bodyId(), d.id(),
                d.direction().number(), appeal.id(), appeal.status() == Appeal.Status.AUTO_ANSWERED,
                appeal.decisionDue(), appeal.filedBy(), appeal.filedAt()));
        return views.of(appeal);
    }

    /**
     * ¶57: who could sit on the special commission — the staff of the direction's evaluator — each marked when
     * they took part in evaluating the body.
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public List<CommissionCandidate> candidates(long appealId) {
        Appeal a = evaluatorsAppeal(appealId);
        DirectionEvaluation d = evaluations.getDirection(a.directionEvaluationId());
        Set<String> conflicted = participants.of(d.evaluation());
        return users.withAnyRole(Set.of(d.evaluatorRole())).stream()
                .map(u -> new CommissionCandidate(u.username(), u.displayName(), conflicted.contains(u.username())))
                .toList();
    }

    /** ¶57: the direction's evaluator forms the special commission; participants are refused by name. */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public AppealView formCommission(long appealId, List<String> members) {
        Appeal a = evaluatorsAppeal(appealId);
        DirectionEvaluation d = evaluations.getDirection(a.directionEvaluationId());
        // ¶57: the evaluator forms the special commission from its own staff: whoever does not work for the
        // direction's evaluator is refused, as is anyone who took part in evaluating the body (Appeal).
        Set<String> staff = users.withAnyRole(Set.of(d.evaluatorRole())).stream().map(RegionUsers.UserRef::username)
                .collect(Collectors.toSet());
        List<String> outsiders = members.stream().filter(m -> !staff.contains(m)).toList();
        if (!outsiders.isEmpty()) {
            throw new RuleViolation("appeal.commission.outsider", String.join(", ", outsiders));
        }
        AppealView before = views.of(a);
        a.formCommission(members, participants.of(d.evaluation()), access.caller().username(), time.clock().instant());
        cycles.flush();
        AppealView after = views.of(a);
        audit.record("APPEAL_COMMISSION_FORMED", "appeal", a.id(), before, after);
        events.publish(new SpecialCommissionFormed(tenant(), d.evaluation().year(), a.id(), a.members(),
                a.commissionFormedBy(), a.commissionFormedAt()));
        return after;
    }

    /**
     * ¶58: a member of the special commission records the reasoned decision, within five working days of
     * filing unless extended. Rejected: the sent conclusion stands. Accepted: the evaluator corrects it (¶59).
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS,
            Role.Names.COMMISSION_MEMBER, Role.Names.COMMISSION_WORKING_BODY})
    public AppealView decide(long appealId, boolean accepted, String reasons) {
        Appeal a = cycles.getAppeal(appealId);
        String by = access.caller().username();
        a.requireMember(by);
        DirectionEvaluation d = evaluations.getDirection(a.directionEvaluationId());
        deadlines.require(d.evaluation().year(), CycleStep.APPEAL_DECISION, d.evaluation().bodyId(),
                d.direction().number(), a.id(), a.decisionDue());
        AppealView before = views.of(a);
        a.decide(accepted, reasons, by, time.clock().instant());
        if (!accepted) {
            d.keepAfterRejectedAppeal();
        }
        cycles.flush();
        AppealView after = views.of(a);
        audit.record(accepted ? "APPEAL_ACCEPTED" : "APPEAL_REJECTED", "appeal", a.id(), before, after);
        events.publish(new AppealDecided(tenant(), d.evaluation().year(), d.evaluation().bodyId(), d.id(), a.id(),
                accepted, by, a.decidedAt()));
        return after;
    }

    /** The appeals of a year the caller may see (the need-to-know matrix). */
    @PermitAll
    public List<AppealView> list(int year) {
        return views.list(year);
    }

    @PermitAll
    public AppealView get(long appealId) {
        Appeal a = cycles.getAppeal(appealId);
        DirectionEvaluation d = access.require(evaluations.getDirection(a.directionEvaluationId()), Material.APPEAL);
        return views.of(a, d, access.reader(d.evaluation().year()));
    }

    private static String tenant() {
        return TenantContext.require().tenantCode();
    }

    private Appeal evaluatorsAppeal(long appealId) {
        Appeal a = cycles.getAppeal(appealId);
        access.requireEvaluator(evaluations.getDirection(a.directionEvaluationId()));
        return a;
    }
}
