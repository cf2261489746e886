package kz.bagalau.platform.infrastructure;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.application.EvaluationViews;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.ControlInspection;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DocumentRequest;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.evaluation.domain.FileStore;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.evaluation.domain.IndicatorValue;
import kz.bagalau.evaluation.domain.ReportedValue;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.ExecutiveBody;
import kz.bagalau.registry.domain.ExecutiveBodyRepository;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * One region's demo evaluation of a year, played through the domain as the people would: each body reports
 * and submits with documents where required, the evaluators verify (a few corrections and rejections), score
 * and send conclusions, which the bodies receive. Figures come from {@link DemoFigures}; every step is
 * recorded with its actor and a date in the evaluation season of the following year.
 */
@Stateless
public class DemoEvaluationSeed {

    @Inject
    private EvaluationRepository evaluations;

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

    @Resource
    private SessionContext session;

    /**
     * Seeds the year for one region; returns the number of evaluations written. Each body is written in a
     * transaction of its own, so the persistence context (and every flush the queries trigger) stays the size
     * of one body's evaluation rather than growing with the region.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int seed(String tenant, int year, DemoStage stage) {
        DemoEvaluationSeed self = session.getBusinessObject(DemoEvaluationSeed.class);
        return TenantContext.callAs(TenantAccess.readWrite(tenant), () -> {
            List<Integer> pending = self.unseeded(year);
            pending.forEach(k -> self.seedBody(tenant, year, k, stage.progressOf(k)));
            return pending.size();
        });
    }

    /** The registry positions of the region's active bodies that have no evaluation of {@code year} yet. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Integer> unseeded(int year) {
        List<ExecutiveBody> all = bodies.all();
        List<Integer> pending = new java.util.ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            ExecutiveBody body = all.get(k);
            if (body.status() == BodyStatus.ACTIVE && evaluations.findByBodyAndYear(body.id(), year).isEmpty()) {
                pending.add(k);
            }
        }
        return pending;
    }

    /** Writes the evaluation of the body at registry position {@code k}, as far as {@code progress} goes. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void seedBody(String tenant, int year, int k, DemoStage.Progress progress) {
        Map<Direction, Methodology> current = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            current.put(d, methodologies.findCurrent(d, year).orElseThrow());
        }
        byte[] evidence = DemoDocuments.evidencePdf();
        String evidenceSha = files.put(evidence);
        ExecutiveBody body = bodies.all().get(k);
        seedBody(tenant, year, body, "body" + (k + 1), current, evidence.length, evidenceSha, progress);
    }

    private void seedBody(String tenant, int year, ExecutiveBody body, String userSuffix,
                          Map<Direction, Methodology> current, long evidenceSize, String evidenceSha,
                          DemoStage.Progress progress) {
        Random random = DemoFigures.random(tenant, body.code(), year);
        double quality = DemoFigures.quality(random);
        String bodyUser = tenant + "." + userSuffix;
        Instant reported = season(year, 1, 20 + random.nextInt(20));
        Evaluation e = evaluations.add(Evaluation.open(year, body.id(), body.type(), body.evaluatorFunction(), current,
                reported.minus(Duration.ofDays(40))));
        BodySummary summary = BodySummary.of(body);
        Map<Direction, BigDecimal> weights = new EnumMap<>(Direction.class);
        for (DirectionEvaluation d : e.directions()) {
            Methodology m = current.get(d.direction());
            weights.put(d.direction(), m.weight());
            String evaluator = DemoRegistrySeed.evaluatorUser(tenant, d.evaluatorRole());
            Map<Long, ReportedValue> values = new HashMap<>();
            m.indicators().filter(i -> i.appliesTo(body.type()))
                    .forEach(i -> values.put(i.id(), DemoFigures.value(i, quality, random)));
            d.report(values, bodyUser, reported);
            evaluations.flush();
            Set<Long> withEvidence = new HashSet<>();
            for (IndicatorValue v : d.values()) {
                Indicator i = m.indicator(v.indicatorId()).orElseThrow();
                if (i.evidenceRequired()) {
                    evaluations.add(new EvidenceFile(d.id(), v.id(), EvidenceFile.Purpose.EVIDENCE,
                            "растаушы-құжат-" + i.code() + ".pdf", "application/pdf", evidenceSize, evidenceSha,
                            random.nextDouble() < 0.15, bodyUser, reported));
                    withEvidence.add(v.id());
                }
            }
            if (progress == DemoStage.Progress.DRAFTING) {
                continue;
            }
            Instant submitted = reported.plus(Duration.ofDays(2));
            d.submit(m, withEvidence, bodyUser, submitted);
            audit.recordAs(TenantContext.require().tenantCode(), bodyUser, "EVALUATED_BODY", "DIRECTION_SUBMITTED",
                    "direction_evaluation", d.id(), null, Map.of("direction", d.direction().number()));
            if (progress == DemoStage.Progress.SUBMITTED) {
                continue;
            }
            addControlActivity(d, random, evaluator, bodyUser, submitted);
            Instant verified = submitted.plus(Duration.ofDays(20 + random.nextInt(30)));
            List<IndicatorValue> toVerify = d.values();
            if (progress == DemoStage.Progress.VERIFYING && d.direction().number() % 2 == 1) {
                toVerify = toVerify.subList(0, toVerify.size() / 2);
            }
            for (IndicatorValue v : toVerify) {
                verify(d, v, DemoFigures.decision(random), evaluator, verified);
            }
            if (d.pendingValues() > 0) {
                continue;
            }
            d.score(m, body.type(), verified);
            evaluations.flush();
            if (progress == DemoStage.Progress.VERIFYING) {
                continue;
            }
            // The report holds scores and figures only, which nothing changes between drafting, revising and
            // sending: one report serves all three versions.
            String report = views.conclusionReport(d, summary);
            Conclusion c = evaluations.add(Conclusion.first(d.id(), report, evaluator, verified));
            String[] text = DemoDocuments.conclusionTexts(d.score(), d.direction().number());
            c.revise(report, text[0], text[1], text[2], evaluator, verified);
            d.markConclusionSent();
            Instant sent = season(year, 5, 15 + random.nextInt(14));
            c.send(report, evaluator, sent);
            c.markReceived(bodyUser, sent.plus(Duration.ofHours(3 + random.nextInt(40))));
            for (String line : text[2].split("\n")) {
                evaluations.add(new FollowupItem(body.id(), year + 1, FollowupItem.Origin.CONCLUSION,
                        "conclusion " + c.id() + " v1", d.direction().number(), line, sent));
            }
            audit.recordAs(TenantContext.require().tenantCode(), evaluator, d.evaluatorRole().name(), "CONCLUSION_SENT",
                    "conclusion", c.id(), null, Map.of("direction", d.direction().number(),
                            "score", d.score().toPlainString()));
        }
        e.rescore(weights, methodologies.getRatingScale(year), season(year, 5, 30));
        evaluations.flush();
    }

    /** Some directions get another control body's inspection (¶43) and an answered document request (¶44). */
    private void addControlActivity(DirectionEvaluation d, Random random, String evaluator, String bodyUser,
                                    Instant submitted) {
        if (random.nextDouble() < 0.12) {
            evaluations.add(new ControlInspection(d.id(), d.direction().number() == 3
                    ? "Мемлекеттік аудит және қаржылық бақылау жөніндегі тексеру комиссиясы"
                    : "Облыс әкімі аппаратының бақылау бөлімі",
                    LocalDate.ofInstant(submitted, ZoneOffset.ofHours(5)).minusMonths(3),
                    "Жоспарлы тексеру: елеулі бұзушылықтар анықталмады, жекелеген ескертулер жойылды.",
                    null, evaluator, submitted.plus(Duration.ofDays(5))));
        }
        if (random.nextDouble() < 0.08) {
            LocalDate asked = LocalDate.ofInstant(submitted, ZoneOffset.ofHours(5)).plusDays(7);
            DocumentRequest request = evaluations.add(new DocumentRequest(d.id(),
                    "Көрсеткіштерді растайтын бастапқы құжаттардың көшірмелерін ұсыныңыз.", asked.plusDays(10), asked,
                    evaluator, submitted.plus(Duration.ofDays(7))));
            request.answer("Құжаттардың көшірмелері электрондық түрде жіберілді.", bodyUser,
                    submitted.plus(Duration.ofDays(12)));
        }
    }

    private void verify(DirectionEvaluation d, IndicatorValue v, Verification decision, String by, Instant at) {
        switch (decision) {
            case CORRECTED -> {
                BigDecimal corrected = v.actual() == null ? null : v.actual().multiply(new BigDecimal("0.95"))
                        .setScale(v.actual().scale(), java.math.RoundingMode.HALF_UP);
                if (corrected == null) {
                    d.verify(v.id(), Verification.ACCEPTED, null, null, null, by, at);
                } else {
                    d.verify(v.id(), Verification.CORRECTED, corrected, null,
                            "Ресми статистикалық деректермен салыстырғанда түзетілді (¶42)", by, at);
                }
            }
            case REJECTED -> d.verify(v.id(), Verification.REJECTED, null, null,
                    "Растаушы құжаттар ұсынылмады (¶42, ¶9.4)", by, at);
            default -> d.verify(v.id(), Verification.ACCEPTED, null, null, null, by, at);
        }
    }


    /** A moment in the evaluation season of the year after {@code year} (Almaty time, 11:00). */
    static Instant season(int year, int month, int dayOfMonth) {
        LocalDate date = LocalDate.of(year + 1, month, 1).plusDays(dayOfMonth - 1L);
        return date.atTime(11, 0).toInstant(ZoneOffset.ofHours(5));
    }
}
