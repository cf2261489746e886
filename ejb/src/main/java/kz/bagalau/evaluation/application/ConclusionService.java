package kz.bagalau.evaluation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.audit.application.AuditLog;
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
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
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
    private Clock clock;

    /** Creates or updates the draft on a direction under evaluation; the report part is regenerated. */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public ConclusionView saveDraft(long directionEvaluationId, String followupResults, String findings,
                                    String recommendations) {
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(directionEvaluationId));
        if (!d.state().inEvaluation() && d.state() != DirectionState.APPEALED) {
            throw new RuleViolation("conclusion.draft.state", d.direction().number());
        }
        String report = report(d);
        Optional<Conclusion> latest = evaluations.conclusionsOf(d.id()).stream().findFirst();
        Conclusion c;
        if (latest.isPresent() && !latest.get().isSent()) {
            c = latest.get();
        } else if (latest.isPresent()) {
            throw new RuleViolation("conclusion.sent.immutable");
        } else {
            c = evaluations.add(Conclusion.first(d.id(), report, access.caller().username(), clock.instant()));
        }
        ConclusionView before = ConclusionView.of(c);
        c.revise(report, followupResults, findings, recommendations, access.caller().username(), clock.instant());
        evaluations.flush();
        ConclusionView after = ConclusionView.of(c);
        audit.record("CONCLUSION_DRAFTED", "conclusion", c.id(), before, after);
        return after;
    }

    /** The recorded act of sending (¶45-2): freezes the report, locks the conclusion, opens the appeal window. */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public ConclusionView send(long conclusionId) {
        Conclusion c = evaluations.findConclusion(conclusionId)
                .orElseThrow(() -> new NotFoundException("Conclusion", conclusionId));
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(c.directionEvaluationId()));
        d.markConclusionSent();
        c.send(report(d), access.caller().username(), clock.instant());
        Arrays.stream(c.recommendations().split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(text -> evaluations.add(new FollowupItem(d.evaluation().bodyId(), d.evaluation().year() + 1,
                        FollowupItem.Origin.CONCLUSION, "conclusion " + c.id() + " v" + c.version(),
                        d.direction().number(), text, clock.instant())));
        evaluations.flush();
        ConclusionView sent = ConclusionView.of(c);
        audit.record("CONCLUSION_SENT", "conclusion", c.id(), Map.of("status", "DRAFT"), sent);
        return sent;
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
        return c;
    }

    private String report(DirectionEvaluation d) {
        return ReportJson.write(ConclusionReport.of(views.complete(d, registry.get(d.evaluation().bodyId()))));
    }
}
