package kz.bagalau.evaluation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.ScoredInputs;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.methodology.domain.ScoringEngine;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.Means;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The methodology what-if (issue 10): before agreeing a draft, the ministry replays last year's verified values of
 * its direction under it, with the same scoring engine the real scores come from, and sees per body and per region
 * how scores, totals and places would move. Each region is read in a read-only transaction of its own tenant, and
 * nothing is written: the real scores stay as they are.
 */
@Stateless
@RolesAllowed(Role.Names.MINISTRY)
public class WhatIfService {

    @Inject
    private MethodologyRepository methodologies;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private BodyRegistry registry;

    @Inject
    private TenantDirectory tenants;

    @Resource
    private SessionContext session;

    /** Replays the year before the draft's year under the draft, in every region. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public WhatIfReplay replay(long methodologyId) {
        Methodology draft = methodologies.getById(methodologyId);
        if (draft.isPublished()) {
            throw new RuleViolation("whatif.draft.only");
        }
        int year = draft.year() - 1;
        WhatIfService self = session.getBusinessObject(WhatIfService.class);
        List<WhatIfReplay.BodyLine> bodies = new ArrayList<>();
        for (TenantSummary region : tenants.all()) {
            bodies.addAll(TenantContext.callAs(TenantAccess.readOnly(region.code()),
                    () -> self.replayRegion(methodologyId, year)));
        }
        return new WhatIfReplay(methodologyId, draft.direction().number(), draft.year(), year, regions(bodies), bodies);
    }

    /** The current region's bodies of {@code year}, replayed; read-only, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<WhatIfReplay.BodyLine> replayRegion(long methodologyId, int year) {
        Methodology draft = methodologies.getById(methodologyId);
        Map<Long, BodySummary> bodies = registry.byId();
        Map<Long, Methodology> used = new HashMap<>();
        Function<Long, Methodology> methodology = id -> used.computeIfAbsent(id, methodologies::getById);
        String region = TenantContext.require().tenantCode();
        List<Replayed> replayed = new ArrayList<>();
        for (Evaluation e : evaluations.ofYear(year)) {
            BodySummary body = bodies.get(e.bodyId());
            Optional<DirectionEvaluation> target = e.directions().stream()
                    .filter(d -> d.direction() == draft.direction()).findFirst();
            if (body == null || e.totalScore() == null || target.isEmpty() || target.get().score() == null) {
                continue;
            }
            replayed.add(replay(e, body, target.get(), draft, methodology));
        }
        List<BigDecimal> real = replayed.stream().map(r -> r.realTotal).toList();
        List<BigDecimal> whatIf = replayed.stream().map(r -> r.whatIfTotal).toList();
        return replayed.stream().map(r -> new WhatIfReplay.BodyLine(region, BodyRef.of(r.body), r.realScore,
                r.whatIfScore, r.realTotal, r.whatIfTotal, place(r.realTotal, real), place(r.whatIfTotal, whatIf),
                r.missing)).sorted(Comparator.comparing(WhatIfReplay.BodyLine::realPlace)).toList();
    }

    private record Replayed(BodySummary body, BigDecimal realScore, BigDecimal whatIfScore, BigDecimal realTotal,
                            BigDecimal whatIfTotal, String missing) {
    }

    private static Replayed replay(Evaluation e, BodySummary body, DirectionEvaluation target, Methodology draft,
                                   Function<Long, Methodology> methodology) {
        Map<String, ScoringEngine.ScoredInput> inputs = ScoredInputs.of(methodology.apply(target.methodologyId()),
                target.values());
        Optional<String> missing = draft.indicators().filter(i -> i.appliesTo(body.type()))
                .map(i -> i.code()).filter(code -> !inputs.containsKey(code)).findFirst();
        if (missing.isPresent()) {
            return new Replayed(body, target.score(), null, e.totalScore(), null, missing.get());
        }
        BigDecimal score = ScoringEngine.score(draft, body.type(), inputs)
                .map(ScoringEngine.DirectionResult::score).orElse(null);
        List<ScoringEngine.WeightedScore> weighted = new ArrayList<>();
        for (DirectionEvaluation d : e.directions()) {
            if (d == target) {
                if (score != null) {
                    weighted.add(new ScoringEngine.WeightedScore(score, draft.weight()));
                }
            } else if (d.score() != null) {
                weighted.add(new ScoringEngine.WeightedScore(d.score(), methodology.apply(d.methodologyId()).weight()));
            }
        }
        return new Replayed(body, target.score(), score, e.totalScore(),
                weighted.isEmpty() ? null : ScoringEngine.total(weighted), null);
    }

    /** Places as in the general evaluation (¶12): equal totals share a place (1, 2, 2, 4); none without a total. */
    static Integer place(BigDecimal total, List<BigDecimal> all) {
        if (total == null) {
            return null;
        }
        return 1 + (int) all.stream().filter(Objects::nonNull).filter(t -> t.compareTo(total) > 0).count();
    }

    /** Per region the mean total of the bodies replayed, both ways, and the regions' places by those means. */
    private static List<WhatIfReplay.RegionLine> regions(List<WhatIfReplay.BodyLine> bodies) {
        Map<String, List<WhatIfReplay.BodyLine>> byRegion = new java.util.LinkedHashMap<>();
        bodies.forEach(b -> byRegion.computeIfAbsent(b.tenantCode(), k -> new ArrayList<>()).add(b));
        Map<String, BigDecimal[]> means = new HashMap<>();
        byRegion.forEach((code, lines) -> {
            List<WhatIfReplay.BodyLine> compared = lines.stream().filter(l -> l.whatIfTotal() != null).toList();
            means.put(code, new BigDecimal[] {Means.of(compared.stream().map(WhatIfReplay.BodyLine::realTotal).toList()),
                    Means.of(compared.stream().map(WhatIfReplay.BodyLine::whatIfTotal).toList())});
        });
        List<BigDecimal> real = means.values().stream().map(m -> m[0]).toList();
        List<BigDecimal> whatIf = means.values().stream().map(m -> m[1]).toList();
        return byRegion.entrySet().stream().map(entry -> {
            BigDecimal[] m = means.get(entry.getKey());
            int compared = (int) entry.getValue().stream().filter(l -> l.whatIfTotal() != null).count();
            return new WhatIfReplay.RegionLine(entry.getKey(), compared, entry.getValue().size() - compared, m[0], m[1],
                    place(m[0], real), place(m[1], whatIf));
        }).sorted(Comparator.comparing(WhatIfReplay.RegionLine::realPlace, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
