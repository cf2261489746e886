package kz.bagalau.evaluation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.ConclusionTemplates;
import kz.bagalau.evaluation.domain.LayoutKind;
import kz.bagalau.evaluation.domain.CorrectionGrounds;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.evaluation.domain.NeedToKnow.Material;
import kz.bagalau.evaluation.domain.PredecessorAnalysis;
import kz.bagalau.evaluation.domain.StepGate;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.shared.domain.ConcurrentChange;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.ConclusionReceived;
import kz.bagalau.shared.event.ConclusionSent;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Conclusions (¶47, ¶45-2, ¶50): the evaluator drafts the findings and recommendations over a report part
 * generated from the scores, and sends it as a separate, recorded act; from then on it is immutable. Its
 * recommendations become the body's follow-up items for the next year (¶45-1). Drafts are the evaluator's
 * only; the body and the region see sent versions. Reading a conclusion changes nothing: the body's receipt
 * (¶55) is its own deliberate act, {@link #confirmReceipt}.
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
    private ConclusionTemplates templates;

    @Inject
    private DocumentRenderer renderer;

    @Inject
    private AuditLog audit;

    @Inject
    private RegionTime time;

    @Inject
    private StepGate gate;

    @Inject
    private CorrectionGrounds grounds;

    @Inject
    private DomainEvents events;

    @Inject
    private MaterialReads reads;

    /**
     * Creates or updates the draft on a direction under review; the report part is regenerated. After an
     * accepted appeal (¶59) or during a re-check (¶60) the draft is a new version of the sent conclusion, with
     * the decision's or the re-check's reason; the sent version stays as it was.
     *
     * @param seenLock the {@link ConclusionView#lock()} of the draft the editor saw, or null when they saw none
     * @throws ConcurrentChange when someone else saved (or sent) the draft since
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public ConclusionView saveDraft(long directionEvaluationId, Long seenLock, String followupResults, String findings,
                                    String recommendations) {
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(directionEvaluationId));
        if (!d.canDraftConclusion()) {
            throw new RuleViolation("conclusion.draft.state", d.direction().number());
        }
        String report = report(d);
        Optional<Conclusion> latest = evaluations.conclusionsOf(d.id()).stream().findFirst();
        Optional<Conclusion> draft = latest.filter(c -> !c.isSent());
        if (!Objects.equals(draft.map(Conclusion::lockVersion).orElse(null), seenLock)) {
            throw new ConcurrentChange("Conclusion", draft.map(Conclusion::id).orElse(d.id()));
        }
        String by = access.caller().username();
        Instant now = time.clock().instant();
        Conclusion c = draft.orElseGet(() -> evaluations.add(latest.isEmpty() ? Conclusion.first(d.id(), report, by, now)
                : latest.get().correction(grounds.reasonFor(d), report, by, now)));
        ConclusionView before = ConclusionView.of(c);
        c.revise(report, followupResults, findings, recommendations, by, now);
        evaluations.flush();
        ConclusionView after = ConclusionView.of(c);
        audit.record("CONCLUSION_DRAFTED", "conclusion", c.id(), before, after);
        return after;
    }

    /**
     * The page's "send": saves the texts as the draft and sends it, as one act. When sending is refused (a
     * figure still pending, the deadline passed), nothing of it is saved, the texts included.
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public ConclusionView saveAndSend(long directionEvaluationId, Long seenLock, String followupResults,
                                      String findings, String recommendations) {
        ConclusionView draft = saveDraft(directionEvaluationId, seenLock, followupResults, findings, recommendations);
        return send(draft.id());
    }

    /**
     * The recorded act of sending: freezes the report, locks the conclusion and opens the appeal window. A
     * first version is due by 1 June (¶45-2), a correction after an appeal by 15 June (¶46); a correction
     * from the working body's re-check (¶60) follows the re-check, not the schedule.
     */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public ConclusionView send(long conclusionId) {
        Conclusion c = evaluations.getConclusion(conclusionId);
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(c.directionEvaluationId()));
        int year = d.evaluation().year();
        if (c.previousId() == null) {
            gate.requireOpen(StepGate.Step.CONCLUSIONS, year, d.evaluation().bodyId(), d.direction().number());
        } else if (d.state() == DirectionState.APPEALED) {
            gate.requireOpen(StepGate.Step.CORRECTED_CONCLUSIONS, year, d.evaluation().bodyId(), d.direction().number());
        }
        d.markConclusionSent();
        c.send(report(d), access.caller().username(), time.clock().instant());
        passOnRecommendations(d, c);
        evaluations.flush();
        ConclusionView sent = ConclusionView.of(c);
        audit.record("CONCLUSION_SENT", "conclusion", c.id(), Map.of("status", "DRAFT"), sent);
        events.publish(new ConclusionSent(tenant(), year, d.evaluation().bodyId(), d.id(), d.direction().number(),
                c.id(), c.version(), c.sentBy(), c.sentAt()));
        return sent;
    }

    /**
     * ¶55: the body confirms it received the conclusion; the five working days of appeal count from this day
     * (at the latest from the working day after sending, see the cycle's receipt rule). Only the body's own
     * user, only by this deliberate act; a second confirmation changes nothing.
     */
    @RolesAllowed(Role.Names.EVALUATED_BODY)
    public ConclusionView confirmReceipt(long conclusionId) {
        Conclusion c = evaluations.getConclusion(conclusionId);
        DirectionEvaluation d = evaluations.getDirection(c.directionEvaluationId());
        access.requireOwn(d.evaluation());
        if (!c.isSent()) {
            throw new NotFoundException("Conclusion", conclusionId);
        }
        if (c.markReceived(access.caller().username(), time.clock().instant())) {
            audit.record("CONCLUSION_RECEIVED", "conclusion", c.id(), null,
                    Map.of("receivedBy", c.receivedBy(), "receivedAt", c.receivedAt().toString()));
            events.publish(new ConclusionReceived(tenant(), d.evaluation().year(), d.evaluation().bodyId(), d.id(),
                    c.id(), c.receivedBy(), c.receivedAt()));
        }
        return ConclusionView.of(c);
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
        passOnPredecessorAnalyses(d, body.id(), next);
    }

    /**
     * ¶60-2: the analyses of second-half predecessors taken into account on this direction become the successor's
     * recommendations for the next year, in place of the bare note left when the year was opened.
     */
    private void passOnPredecessorAnalyses(DirectionEvaluation d, long successor, int next) {
        List<PredecessorAnalysis> analyses = evaluations.analysesOf(d.id());
        List<FollowupItem> items = analyses.isEmpty() ? List.of() : evaluations.followups(successor, next);
        for (PredecessorAnalysis a : analyses) {
            String placeholder = "¶60-2 " + a.predecessorCode();
            String ref = placeholder + " d" + d.direction().number();
            items.stream().filter(f -> (placeholder.equals(f.originRef()) || ref.equals(f.originRef()))
                    && f.bodyReport() == null).forEach(evaluations::remove);
            a.recommendationLines().forEach(text -> evaluations.add(new FollowupItem(successor, next,
                    FollowupItem.Origin.REORGANISATION, ref, d.direction().number(), a.predecessorCode() + ": " + text,
                    time.clock().instant())));
        }
    }

    private static String originRef(long conclusionId, int version) {
        return "conclusion " + conclusionId + " v" + version;
    }

    /** The versions of the conclusion on a direction the caller may read, newest first. */
    @PermitAll
    public List<ConclusionView> versions(long directionEvaluationId) {
        DirectionEvaluation d = access.require(evaluations.getDirection(directionEvaluationId), Material.CONCLUSION);
        boolean evaluator = access.isEvaluatorOf(d);
        return evaluations.conclusionsOf(d.id()).stream()
                .filter(c -> evaluator || c.isSent())
                .map(ConclusionView::of).toList();
    }

    /** The conclusion as a PDF in {@code locale}, laid out by the ministry's current layout for that language. */
    @PermitAll
    public byte[] pdf(long conclusionId, Locale locale) {
        Conclusion c = readable(conclusionId, MaterialReads.What.CONCLUSION_PDF);
        TenantSummary region = tenants.get(tenant());
        String language = List.of("kk", "ru", "en").contains(locale.getLanguage()) ? locale.getLanguage() : "kk";
        Locale lang = Locale.forLanguageTag(language);
        return renderer.render(templates.current(LayoutKind.DIRECTION_CONCLUSION, language), ConclusionDocument.model(ConclusionView.of(c),
                ConclusionReport.fromJson(c.report()), region.name(lang), ZoneId.of(region.timeZone()), lang));
    }

    /** One conclusion the caller may read (drafts: the evaluator only). */
    @PermitAll
    public ConclusionView get(long conclusionId) {
        return ConclusionView.of(readable(conclusionId, MaterialReads.What.CONCLUSION));
    }

    public ConclusionReport reportOf(ConclusionView c) {
        return ConclusionReport.fromJson(c.report());
    }

    /** A conclusion the matrix opens to the caller (drafts: the evaluator only); the read is recorded (¶65). */
    private Conclusion readable(long conclusionId, MaterialReads.What what) {
        Conclusion c = evaluations.getConclusion(conclusionId);
        DirectionEvaluation d = evaluations.getDirection(c.directionEvaluationId());
        NeedToKnow.Reader reader = access.reader(d.evaluation().year());
        if (!EvaluationAccess.may(reader, d, Material.CONCLUSION) || !c.isSent() && !access.isEvaluatorOf(d)) {
            throw new NotFoundException("Conclusion", conclusionId);
        }
        reads.record(reader, d.evaluation(), what, "conclusion", c.id());
        return c;
    }

    private String report(DirectionEvaluation d) {
        return views.conclusionReport(d, registry.get(d.evaluation().bodyId()));
    }

    private static String tenant() {
        return TenantContext.require().tenantCode();
    }
}
