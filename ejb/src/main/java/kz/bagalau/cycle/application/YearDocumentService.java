package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.application.BodyResult;
import kz.bagalau.evaluation.application.RegionDocumentData;
import kz.bagalau.evaluation.application.RegionDocuments;
import kz.bagalau.evaluation.domain.LayoutKind;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * ¶50: the two year-level documents a region produces by the ministry's formats, as PDF in the reader's language:
 * the planning body's general-evaluation conclusion (¶12, ¶49) and the commission's expert conclusion (¶51). Both
 * are read through the general evaluation, so they follow its need-to-know (an expert sees only what was assigned,
 * a role without the need gets "not found"); the commission's exists once the commission has concluded.
 */
@Stateless
@PermitAll
public class YearDocumentService {

    @EJB
    private GeneralEvaluationService general;

    @Inject
    private CycleRepository cycles;

    @Inject
    private RegionDocuments documents;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private RegionTime time;

    /** The general-evaluation conclusion of the year, marked as a draft until it goes to the commission. */
    public byte[] generalEvaluation(int year, Locale locale) {
        GeneralEvaluation g = general.view(year);
        if (g.lines().isEmpty()) {
            throw new NotFoundException("GeneralEvaluation", year);
        }
        return documents.print(LayoutKind.GENERAL_EVALUATION, data(g, null, locale), locale);
    }

    /** The commission's expert conclusion with the results it concerns. */
    public byte[] commissionConclusion(int year, Locale locale) {
        GeneralEvaluation g = general.view(year);
        EvaluationCycle cycle = cycles.findCycle(year).filter(c -> c.commissionSentAt() != null)
                .orElseThrow(() -> new NotFoundException("CommissionConclusion", year));
        return documents.print(LayoutKind.COMMISSION_CONCLUSION, data(g, cycle, locale), locale);
    }

    private RegionDocumentData data(GeneralEvaluation g, EvaluationCycle cycle, Locale locale) {
        Map<Long, BodyResult> bodies = g.lines().stream().map(GeneralEvaluation.Line::result)
                .collect(Collectors.toMap(r -> r.body().id(), Function.identity(), (a, b) -> a));
        return new RegionDocumentData(tenants.get(TenantContext.require().tenantCode()).name(locale), g.year(),
                time.zone(),
                g.lines().stream().map(l -> new RegionDocumentData.Line(l.place(), l.result())).toList(),
                g.assembledAt(), g.submittedAt(), g.submittedBy(),
                g.opinions().stream().map(o -> new RegionDocumentData.ExpertOpinion(o.expert(),
                        about(o, bodies, locale), o.text())).toList(),
                cycle == null ? null : cycle.commissionConclusion(),
                cycle == null ? null : cycle.commissionRecordedBy(),
                cycle == null ? null : cycle.commissionSentAt());
    }

    private static String about(GeneralEvaluation.Opinion o, Map<Long, BodyResult> bodies, Locale locale) {
        String body = o.bodyId() == null || !bodies.containsKey(o.bodyId()) ? null
                : bodies.get(o.bodyId()).body().name(locale);
        String direction = o.direction() == null ? null : "№ " + o.direction();
        if (body == null) {
            return direction;
        }
        return direction == null ? body : body + ", " + direction;
    }
}
