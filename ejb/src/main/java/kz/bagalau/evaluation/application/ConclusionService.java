package kz.bagalau.evaluation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.application.DeadlineGuard;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.evaluation.infrastructure.ConclusionPdf;
import kz.bagalau.evaluation.infrastructure.ConclusionTemplateStore;
import kz.bagalau.evaluation.infrastructure.ReportJson;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Conclusions (¶47, ¶45-2, ¶50): the evaluator drafts the findings and recommendations over a report part
 * generated from the scores, and sends it as a separate, recorded act; from then on it is immutable. Its
 * recommendations become the body's follow-up items for the next year (¶45-1). Drafts are the evaluator's
 * only; the body and the region see sent versions.
 */
@Stateless
public class ConclusionService {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private EvaluationAccess access;

    @Inject
    private EvaluationViews views;

    @Inject
    private BodyRegistry registry;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private ConclusionTemplateStore templates;

    @Inject
    private AuditLog audit;

    @Inject
    private RegionTime time;

    @Inject
    private CycleRepository cycles;

    @EJB
    private DeadlineGuard deadlines;

    /**
     * Creates or updates the draft on a direction under evaluation; the report part is regenerated. After an
     * accepted appeal (¶59) or during a re-check (¶60) the draft is a new version of the sent conclusion, with
     * the decision's or the re-check's reason; the sent version stays as it was.
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public ConclusionView saveDraft(long directionEvaluationId, String followupResults, String findings,
                                    String recommendations) {
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(directionEvaluationId));
        if (!d.state().inEvaluation() && d.state() != DirectionState.APPEALED) {
            throw new RuleViolation("conclusion.draft.state", d.direction().number());
        }
        String report = report(d);
        Optional<Conclusion> latest = evaluations.conclusionsOf(d.id()).stream().findFirst();
        String by = access.caller().username();
        Conclusion c;
        if (latest.isEmpty()) {
            c = evaluations.add(Conclusion.first(d.id(), report, by, time.clock().instant()));
        } else if (!latest.get().isSent()) {
            c = latest.get();
        } else {
            c = evaluations.add(latest.get().correction(correctionReason(d), report, by, time.clock().instant()));
        }
        ConclusionView before = ConclusionView.of(c);
        c.revise(report, followupResults, findings, recommendations, by, time.clock().instant());
        evaluations.flush();
        ConclusionView after = ConclusionView.of(c);
        audit.record("CONCLUSION_DRAFTED", "conclusion", c.id(), before, after);
        return after;
    }

    /**
     * The recorded act of sending: freezes the report, locks the conclusion and opens the appeal window. A
     * first version is due by 1 June (¶45-2), a correction after an appeal by 15 June (¶46); a correction
     * from the working body's re-check (¶60) follows the re-check, not the schedule.
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public ConclusionView send(long conclusionId) {
        Conclusion c = evaluations.findConclusion(conclusionId)
                .orElseThrow(() -> new NotFoundException("Conclusion", conclusionId));
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(c.directionEvaluationId()));
        int year = d.evaluation().year();
        Optional<Appeal> appeal = cycles.findAppealOf(d.id()).filter(a -> a.status() == Appeal.Status.ACCEPTED);
        if (c.previousId() == null) {
            deadlines.require(year, CycleStep.CONCLUSIONS, d.evaluation().bodyId(), d.direction().number(), null, null);
        } else if (d.state() == DirectionState.APPEALED) {
            deadlines.require(year, CycleStep.CORRECTED_CONCLUSIONS, d.evaluation().bodyId(), d.direction().number(),
                    null, null);
        }
        d.markConclusionSent();
        c.send(report(d), access.caller().username(), time.clock().instant());
        appeal.filter(Appeal::open).ifPresent(a -> a.corrected(c.id()));
        passOnRecommendations(d, c);
        evaluations.flush();
        ConclusionView sent = ConclusionView.of(c);
        audit.record("CONCLUSION_SENT", "conclusion", c.id(), Map.of("status", "DRAFT"), sent);
        return sent;
    }

    /**
     * The recommendations become next year's follow-up items (¶45-1) of the body or, when the body has since
     * been reorganised or liquidated, of its legal successor (¶60-3). A correction replaces the items of the
     * version it corrects that the body has not reported on yet.
     */
    private void passOnRecommendations(DirectionEvaluation d, Conclusion c) {
        BodySummary body = registry.get(d.evaluation().bodyId());
        boolean passedOn = body.status() != BodyStatus.ACTIVE && body.successorId() != null;
        long recipient = passedOn ? body.successorId() : body.id();
        int next = d.evaluation().year() + 1;
        if (c.previousId() != null) {
            String previous = originRef(c.previousId(), c.version() - 1);
            evaluations.followups(recipient, next).stream()
                    .filter(f -> previous.equals(f.originRef()) && f.bodyReport() == null)
                    .forEach(evaluations::remove);
        }
        Arrays.stream(c.recommendations().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(text -> evaluations.add(new FollowupItem(recipient, next,
                        passedOn ? FollowupItem.Origin.REORGANISATION : FollowupItem.Origin.CONCLUSION,
                        originRef(c.id(), c.version()), d.direction().number(),
                        passedOn ? body.code() + ": " + text : text, time.clock().instant())));
    }

    private static String originRef(long conclusionId, int version) {
        return "conclusion " + conclusionId + " v" + version;
    }

    /** Why a sent conclusion is corrected: the accepted appeal's decision (¶59) or the open re-check (¶60). */
    private String correctionReason(DirectionEvaluation d) {
        if (d.state() == DirectionState.APPEALED) {
            Appeal a = cycles.findAppealOf(d.id()).orElseThrow(() -> new RuleViolation("conclusion.sent.immutable"));
            if (a.status() != Appeal.Status.ACCEPTED) {
                throw new RuleViolation("conclusion.correct.undecided", a.status().name());
            }
            return "¶59: " + a.decisionReason();
        }
        return cycles.openRecheckOf(d.id()).map(r -> "¶60: " + r.reason())
                .orElseThrow(() -> new RuleViolation("conclusion.sent.immutable"));
    }

    /** The versions of the conclusion on a direction the caller may read, newest first. */
    @PermitAll
    public List<ConclusionView> versions(long directionEvaluationId) {
        DirectionEvaluation d = evaluations.getDirection(directionEvaluationId);
        access.requireVisible(d.evaluation());
        boolean evaluator = access.isEvaluatorOf(d);
        return evaluations.conclusionsOf(d.id()).stream()
                .filter(c -> evaluator || c.isSent())
                .map(ConclusionView::of).toList();
    }

    /** The conclusion as a PDF in {@code locale}, laid out by the ministry's current layout for that language. */
    @PermitAll
    public byte[] pdf(long conclusionId, Locale locale) {
        Conclusion c = readable(conclusionId);
        TenantSummary region = tenants.get(TenantContext.require().tenantCode());
        String language = List.of("kk", "ru", "en").contains(locale.getLanguage()) ? locale.getLanguage() : "kk";
        Locale lang = Locale.forLanguageTag(language);
        return ConclusionPdf.render(templates.current(language), ConclusionDocument.model(ConclusionView.of(c),
                ReportJson.read(c.report()), region.name(lang), ZoneId.of(region.timeZone()), lang));
    }

    /** One conclusion the caller may read (drafts: the evaluator only). */
    @PermitAll
    public ConclusionView get(long conclusionId) {
        return ConclusionView.of(readable(conclusionId));
    }

    /**
     * Records that the body opened the conclusion: the first opening by the body's own user is its receipt,
     * from which the five working days of appeal count (¶55). Later openings change nothing.
     */
    private void noteReceipt(Conclusion c, DirectionEvaluation d) {
        if (access.isOwnBody(d.evaluation()) && c.markReceived(access.caller().username(), time.clock().instant())) {
            audit.record("CONCLUSION_RECEIVED", "conclusion", c.id(), null,
                    Map.of("receivedBy", c.receivedBy(), "receivedAt", c.receivedAt().toString()));
        }
    }

    public ConclusionReport reportOf(ConclusionView c) {
        return ReportJson.read(c.report());
    }

    private Conclusion readable(long conclusionId) {
        Conclusion c = evaluations.findConclusion(conclusionId)
                .orElseThrow(() -> new NotFoundException("Conclusion", conclusionId));
        DirectionEvaluation d = evaluations.getDirection(c.directionEvaluationId());
        access.requireVisible(d.evaluation());
        if (!c.isSent() && !access.isEvaluatorOf(d)) {
            throw new NotFoundException("Conclusion", conclusionId);
        }
        noteReceipt(c, d);
        return c;
    }

    private String report(DirectionEvaluation d) {
        return views.conclusionReport(d, registry.get(d.evaluation().bodyId()));
    }
}
