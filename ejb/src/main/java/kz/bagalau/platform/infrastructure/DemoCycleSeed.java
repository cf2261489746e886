package kz.bagalau.platform.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.application.PublicationWriter;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DeadlineExtension;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.cycle.domain.ExpertAssignment;
import kz.bagalau.cycle.domain.Notification;
import kz.bagalau.cycle.domain.Recheck;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.registry.domain.ExecutiveBodyRepository;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * One region's demo cycle of a year after its evaluations were seeded: the schedule drafted and approved
 * before 1 December, appeals ({@link DemoAppeals}), final conclusions, the general evaluation with an expert's
 * opinion, the commission, the working body's instructions, the akim's report and publication — as far as the
 * region's {@link DemoStage} goes. Every act carries its actor and a date of the cycle.
 */
@Stateless
public class DemoCycleSeed {

    private static final ZoneOffset KZ = ZoneOffset.ofHours(5);

    @Inject
    private CycleRepository cycles;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private ExecutiveBodyRepository bodies;

    @Inject
    private DemoAppeals appeals;

    @Inject
    private PublicationWriter publications;

    @Inject
    private AuditLog audit;

    /** Plays the region's cycle of {@code year} up to {@code stage}; nothing when the cycle exists already. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean seed(String tenant, int year, DemoStage stage) {
        return TenantContext.callAs(TenantAccess.readWrite(tenant), () -> seedInRegion(tenant, year, stage));
    }

    private boolean seedInRegion(String tenant, int year, DemoStage stage) {
        if (cycles.findCycle(year).isPresent()) {
            return false;
        }
        ZoneId zone = ZoneId.of("Asia/Almaty");
        EvaluationCycle cycle = cycles.add(EvaluationCycle.draft(year, LocalDate.of(year + 1, 3, 1),
                tenant + ".planning", at(year, 11, 5, 10), zone));
        cycle.approve(tenant + ".akim", at(year, 11, 18, 15), zone);
        record(tenant, ".akim", "AKIM", "SCHEDULE_APPROVED", year, at(year, 11, 18, 15));
        bodies.all().stream().findFirst().ifPresent(b -> cycles.add(new DeadlineExtension(year, CycleStep.REPORTING,
                b.id(), null, null, LocalDate.of(year + 1, 3, 10), "Бірінші басшы ауысты; деректер қайта жиналуда.",
                tenant + ".akim", at(year + 1, 2, 25, 12))));
        List<Evaluation> all = evaluations.ofYear(year);
        int y = year + 1;
        switch (stage) {
            case REPORTING -> {
                return true;
            }
            case EVALUATION -> {
                extendLateConclusions(tenant, year);
                return true;
            }
            case APPEALS -> {
                appeals.play(tenant, all, false);
                return true;
            }
            default -> appeals.play(tenant, all, true);
        }
        Instant finalised = stage == DemoStage.COMPLETE ? at(y, 6, 12, 11) : at(y, 6, 7, 11);
        all.forEach(e -> e.directions().forEach(d -> finalise(tenant, d, finalised)));
        Instant assembled = stage == DemoStage.COMPLETE ? at(y, 6, 22, 10) : at(y, 6, 8, 16);
        cycle.assembleGeneral(tenant + ".planning", assembled);
        // ¶48: the demo's expert is assigned to the region's first body on every direction, and sees nothing else.
        ExpertAssignment expert = cycles.add(new ExpertAssignment(year, tenant + ".expert",
                all.stream().map(Evaluation::bodyId).min(Long::compare).orElse(null), null, tenant + ".planning",
                assembled.plusSeconds(3_600)));
        expert.writeOpinion(DemoDocuments.expertOpinion(), assembled.plusSeconds(20 * 3_600));
        record(tenant, ".planning", "PLANNING_BODY", "GENERAL_ASSEMBLED", year, assembled);
        if (stage == DemoStage.FINAL) {
            return true;
        }
        Instant submitted = stage == DemoStage.COMPLETE ? at(y, 6, 26, 10) : at(y, 6, 9, 11);
        cycle.submitGeneral(tenant + ".planning", submitted);
        record(tenant, ".planning", "PLANNING_BODY", "GENERAL_SUBMITTED", year, submitted);
        if (stage == DemoStage.GENERAL_SUBMITTED) {
            notifyBodies(tenant, all, year, "notice.generalSubmitted", submitted);
            return true;
        }
        recheckOne(tenant, all, at(y, 7, 2, 10));
        cycle.recordCommissionConclusion(DemoDocuments.commissionConclusion(), tenant + ".commission", at(y, 7, 10, 12));
        record(tenant, ".commission", "COMMISSION_MEMBER", "COMMISSION_CONCLUDED", year, at(y, 7, 10, 12));
        cycle.dispatchResults(tenant + ".workingbody", at(y, 7, 13, 10));
        all.forEach(e -> evaluations.add(new FollowupItem(e.bodyId(), y, FollowupItem.Origin.COMMISSION,
                "commission " + year, null, DemoDocuments.commissionInstruction(e.totalScore()), at(y, 7, 13, 10))));
        record(tenant, ".workingbody", "COMMISSION_WORKING_BODY", "RESULTS_DISPATCHED", year, at(y, 7, 13, 10));
        cycle.approveAkimReport(DemoDocuments.akimReport(), tenant + ".akim", at(y, 7, 22, 17));
        record(tenant, ".akim", "AKIM", "AKIM_REPORTED", year, at(y, 7, 22, 17));
        cycle.publish(tenant + ".planning", at(y, 7, 29, 10));
        evaluations.flush();
        publications.write(year, cycle.publishedAt(), cycle.publishedBy());
        record(tenant, ".planning", "PLANNING_BODY", "RESULTS_PUBLISHED", year, at(y, 7, 29, 10));
        return true;
    }

    /** The akim gives the first body, still being verified after 1 June, ten more days for its conclusions. */
    private void extendLateConclusions(String tenant, int year) {
        bodies.all().stream().findFirst().ifPresent(b -> cycles.add(new DeadlineExtension(year, CycleStep.CONCLUSIONS,
                b.id(), null, null, LocalDate.of(year + 1, 6, 11), "Бақылау органының тексеру актісі күтілуде (¶43).",
                tenant + ".akim", at(year + 1, 5, 28, 17))));
    }

    /**
     * ¶60: the working body re-checks one included result after a control body's act; the evaluator found no
     * change to make, and the direction goes on where it was.
     */
    private void recheckOne(String tenant, List<Evaluation> all, Instant at) {
        all.stream().flatMap(e -> e.directions().stream()).findFirst().ifPresent(d -> {
            Recheck r = cycles.add(new Recheck(d.id(), "Бақылау актісінде нәтижеге әсер етуі мүмкін бұзушылық көрсетілген.",
                    d.state(), tenant + ".workingbody", at));
            DirectionState was = d.reopenForRecheck();
            r.close("Қайта тексеру бағалау нәтижесін өзгертпеді.", tenant + ".workingbody", at.plusSeconds(3 * 86_400));
            d.resumeAfterRecheck(was);
        });
    }

    private void finalise(String tenant, DirectionEvaluation d, Instant at) {
        if (d.canFinalise()) {
            d.finalise(DemoRegistrySeed.evaluatorUser(tenant, d.evaluatorRole()), at);
        }
    }

    /** The demo's body accounts are numbered in registry order, one per body. */
    private void notifyBodies(String tenant, List<Evaluation> all, int year, String kind, Instant at) {
        List<Long> ordered = bodies.all().stream().map(b -> b.id()).toList();
        all.forEach(e -> cycles.add(new Notification(tenant + ".body" + (ordered.indexOf(e.bodyId()) + 1), kind, year,
                null, at)));
    }

    private void record(String tenant, String userSuffix, String role, String action, int year, Instant at) {
        audit.recordAs(tenant, tenant + userSuffix, role, action, "evaluation_cycle", year, null,
                Map.of("year", year, "at", at.toString()));
    }

    static Instant at(int year, int month, int day, int hour) {
        return LocalDate.of(year, month, day).atTime(hour, 0).toInstant(KZ);
    }
}
