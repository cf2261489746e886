package kz.bagalau.platform.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CalendarDay;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.Notification;
import kz.bagalau.cycle.domain.ReceiptRule;
import kz.bagalau.cycle.domain.WorkingCalendar;
import kz.bagalau.evaluation.application.EvaluationViews;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.evaluation.domain.FileStore;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.ExecutiveBody;
import kz.bagalau.registry.domain.ExecutiveBodyRepository;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The demo's appeals (¶55-¶59) in one region's year, filed by bodies 2-5 on their weakest direction, two
 * working days after receipt: one without documents and answered automatically (¶56); with documents, one
 * accepted and answered by a corrected conclusion (¶59) and one rejected, or, while the year is under way,
 * one before its special commission, one under review and one accepted and awaiting the correction. The
 * special commission is the apparatus' control unit, which took no part in the evaluation (¶57).
 */
@ApplicationScoped
public class DemoAppeals {

    private static final ZoneOffset KZ = ZoneOffset.ofHours(5);

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private CycleRepository cycles;

    @Inject
    private MethodologyRepository methodologies;

    @Inject
    private ExecutiveBodyRepository bodies;

    @Inject
    private EvaluationViews views;

    @Inject
    private FileStore files;

    @Inject
    private AuditLog audit;

    /** @param resolved every appeal decided and corrected (a finished stage), or some still open */
    void play(String tenant, List<Evaluation> all, boolean resolved) {
        List<ExecutiveBody> ordered = bodies.all();
        int year = all.isEmpty() ? 0 : all.get(0).year();
        WorkingCalendar calendar = new WorkingCalendar(cycles.calendar(year, year + 2).stream()
                .map(CalendarDay::entry).toList());
        for (int k = 1; k <= (resolved ? 3 : 4) && k < ordered.size(); k++) {
            ExecutiveBody body = ordered.get(k);
            Optional<Evaluation> e = all.stream().filter(x -> x.bodyId() == body.id()).findFirst();
            Optional<DirectionEvaluation> weakest = e.flatMap(x -> x.directions().stream()
                    .filter(d -> d.state() == DirectionState.CONCLUSION_SENT)
                    .min(Comparator.comparing(DirectionEvaluation::score)));
            if (weakest.isPresent()) {
                appeal(tenant, BodySummary.of(body), tenant + ".body" + (k + 1), weakest.get(), k, resolved, calendar);
            }
        }
    }

    private void appeal(String tenant, BodySummary body, String bodyUser, DirectionEvaluation d, int scenario,
                        boolean resolved, WorkingCalendar calendar) {
        Conclusion sent = evaluations.findLatestSentConclusion(d.id()).orElseThrow();
        LocalDate receipt = ReceiptRule.receipt(sent.sentAt(), sent.receivedAt(), calendar, ZoneId.of("Asia/Almaty"));
        LocalDate filed = calendar.addWorkingDays(receipt, 2);
        int documents = scenario == 1 ? 0 : 1;
        Appeal a = Appeal.file(d.id(), sent.id(), DemoDocuments.appealText(), documents, filed,
                ReceiptRule.appealWindowEnd(receipt, calendar), ReceiptRule.decisionDue(filed, calendar),
                d.evaluatorRole().name(), bodyUser, at(filed, 11));
        if (documents > 0) {
            byte[] pdf = DemoDocuments.evidencePdf();
            evaluations.add(new EvidenceFile(d.id(), null, EvidenceFile.Purpose.APPEAL, "шағым-құжаттары.pdf",
                    "application/pdf", pdf.length, files.put(pdf), false, bodyUser, at(filed, 11)));
            d.putUnderAppeal();
        }
        cycles.add(a);
        audit.recordAs(TenantContext.require().tenantCode(), bodyUser, "EVALUATED_BODY", "APPEAL_FILED", "appeal",
                a.id(), null, Map.of("direction", d.direction().number(), "documents", documents));
        String evaluator = DemoRegistrySeed.evaluatorUser(tenant, d.evaluatorRole());
        if (scenario == 1) {
            return;
        }
        if (scenario == 4) {
            cycles.add(new Notification(evaluator, "notice.appealFiled", d.evaluation().year(), String.valueOf(a.id()),
                    at(filed, 11)));
            return;
        }
        String member = DemoRegistrySeed.controlUnitUser(tenant, d.evaluatorRole());
        a.formCommission(List.of(member), Set.of(), evaluator, at(calendar.addWorkingDays(filed, 1), 10));
        if (scenario == 2 && !resolved) {
            return;
        }
        boolean accepted = scenario == 2 || !resolved;
        Instant decided = at(calendar.addWorkingDays(filed, 3), 16);
        a.decide(accepted, accepted
                ? "Ұсынылған құжаттар көрсеткіштің нақты орындалғанын растайды; мән қабылданады (¶58)."
                : "Ұсынылған құжаттар бағалау нәтижесін өзгертпейді (¶58).", member, decided);
        audit.recordAs(TenantContext.require().tenantCode(), member, d.evaluatorRole().name(),
                accepted ? "APPEAL_ACCEPTED" : "APPEAL_REJECTED", "appeal", a.id(), null, Map.of("status", a.status().name()));
        if (!accepted) {
            d.keepAfterRejectedAppeal();
        } else if (resolved) {
            correct(body, bodyUser, evaluator, d, sent, a, calendar.addWorkingDays(filed, 4));
        }
    }

    /** ¶59: the accepted value counts after all; the direction and total are rescored; a new version is sent. */
    private void correct(BodySummary body, String bodyUser, String evaluator, DirectionEvaluation d, Conclusion sent,
                         Appeal a, LocalDate day) {
        Instant at = at(day, 12);
        d.values().stream().filter(v -> v.verification() == Verification.REJECTED
                        || v.verification() == Verification.CORRECTED).findFirst()
                .ifPresent(v -> d.verify(v.id(), Verification.ACCEPTED, null, null, null, evaluator, at));
        d.score(methodologies.getById(d.methodologyId()), body.type(), at);
        Evaluation e = d.evaluation();
        Map<Direction, BigDecimal> weights = new EnumMap<>(Direction.class);
        e.directions().forEach(x -> weights.put(x.direction(), methodologies.getById(x.methodologyId()).weight()));
        e.rescore(weights, methodologies.getRatingScale(e.year()), at);
        evaluations.flush();
        String report = views.conclusionReport(d, body);
        Conclusion corrected = evaluations.add(sent.correction("¶59: " + a.decisionReason(), report, evaluator, at));
        corrected.revise(report, sent.followupResults(), sent.findings(), sent.recommendations(), evaluator, at);
        d.markConclusionSent();
        corrected.send(report, evaluator, at);
        corrected.markReceived(bodyUser, at.plusSeconds(7_200));
        a.answerWithCorrection(corrected.id());
        audit.recordAs(TenantContext.require().tenantCode(), evaluator, d.evaluatorRole().name(), "CONCLUSION_SENT",
                "conclusion", corrected.id(), null, Map.of("version", corrected.version(), "score", d.score()));
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(KZ);
    }
}
