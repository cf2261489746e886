package kz.bagalau.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.evaluation.domain.IndicatorValue;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.evaluation.domain.ScoredInputs;
import kz.bagalau.evaluation.domain.YearProgress;
import kz.bagalau.methodology.domain.Criterion;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.methodology.domain.ScoringEngine;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Builds the read models of a direction: criteria and indicator rows in methodology order, scores with last
 * year's for comparison, documents filtered by who may see them. One place, so the data-entry form, the
 * evaluator's workspace and the "why this score" chain show the same facts.
 */
@ApplicationScoped
public class EvaluationViews {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private MethodologyRepository methodologies;

    @Inject
    private EvaluationAccess access;

    @Inject
    private YearProgress progress;

    /** The direction as the current caller may see it. */
    public DirectionView direction(DirectionEvaluation d, BodySummary body) {
        return direction(d, body, access.reader(d.evaluation().year()));
    }

    /** The direction as {@code reader} may see it: scores once visible, documents as the matrix opens them. */
    public DirectionView direction(DirectionEvaluation d, BodySummary body, NeedToKnow.Reader reader) {
        return direction(d, body, EvaluationAccess.canSeeScore(reader, d),
                f -> EvaluationAccess.canSeeFile(reader, f, d));
    }

    /** The generated first part of a conclusion (¶47): the direction's scores as stored in the conclusion. */
    public String conclusionReport(DirectionEvaluation d, BodySummary body) {
        return ConclusionReport.of(complete(d, body)).toJson();
    }

    /**
     * How states read on pages of {@code year}: a state as it is, and a final one as the step the region's
     * year has reached since (the cycle's, asked once per call).
     */
    public Function<DirectionState, String> stagesOf(int year) {
        String afterFinal = progress.stageAfterFinal(year).orElse(DirectionState.FINAL.name());
        return state -> state == DirectionState.FINAL ? afterFinal : state.name();
    }

    /** The direction with everything visible: for the frozen report of a conclusion and the demo data. */
    public DirectionView complete(DirectionEvaluation d, BodySummary body) {
        return direction(d, body, true, f -> true);
    }

    private DirectionView direction(DirectionEvaluation d, BodySummary body, boolean showScores,
                                    java.util.function.Predicate<EvidenceFile> fileVisible) {
        Methodology m = methodologies.getById(d.methodologyId());
        Map<Long, List<EvidenceFile>> filesByValue = new HashMap<>();
        for (EvidenceFile f : evaluations.filesOf(d.id())) {
            if (f.indicatorValueId() != null) {
                filesByValue.computeIfAbsent(f.indicatorValueId(), k -> new ArrayList<>()).add(f);
            }
        }
        Optional<DirectionEvaluation> previous = evaluations.findByBodyAndYear(body.id(), d.evaluation().year() - 1)
                .flatMap(e -> e.direction(d.direction()))
                .filter(p -> p.score() != null);
        Map<String, BigDecimal> previousPoints = showScores ? previousPoints(previous) : Map.of();
        Map<String, BigDecimal> criterionScores = showScores && d.score() != null ? criterionScores(d, m, body)
                : Map.of();

        List<CriterionBlock> blocks = new ArrayList<>();
        for (Criterion c : m.criteria()) {
            List<ValueRow> rows = new ArrayList<>();
            for (Indicator i : c.indicators()) {
                Optional<IndicatorValue> v = d.values().stream().filter(x -> x.indicatorId() == i.id()).findFirst();
                v.ifPresent(value -> rows.add(row(i, value, showScores, previousPoints.get(i.code()),
                        filesByValue.getOrDefault(value.id(), List.of()), fileVisible)));
            }
            if (!rows.isEmpty()) {
                blocks.add(new CriterionBlock(c.code(), c.name().kk(), c.name().ru(), c.name().en(), c.weight(),
                        criterionScores.get(c.code()), rows));
            }
        }
        return new DirectionView(d.id(), d.evaluation().id(), BodyRef.of(body), d.evaluation().year(),
                d.direction().number(), d.state(), stagesOf(d.evaluation().year()).apply(d.state()),
                DirectionActions.of(d), d.evaluatorRole(), showScores ? d.score() : null,
                showScores ? previous.map(DirectionEvaluation::score).orElse(null) : null, d.scoredAt(),
                d.submittedAt(), d.submittedBy(), d.reopenReason(), d.reopenedBy(), d.reopenedAt(),
                d.pendingValues(), m.id(), m.version(), blocks, inspections(d, blocks),
                evaluations.analysesOf(d.id()).stream().map(AnalysisView::of).toList());
    }

    /** ¶43: the inspection results of other control bodies taken into account, with the figures they affect. */
    private List<InspectionView> inspections(DirectionEvaluation d, List<CriterionBlock> blocks) {
        Map<Long, String> codes = new HashMap<>();
        blocks.forEach(b -> b.rows().forEach(r -> codes.put(r.valueId(), r.code())));
        return evaluations.inspectionsOf(d.id()).stream().map(i -> InspectionView.of(i, codes)).toList();
    }

    private static ValueRow row(Indicator i, IndicatorValue v, boolean showScores, BigDecimal previous,
                                List<EvidenceFile> files, java.util.function.Predicate<EvidenceFile> fileVisible) {
        List<FileView> visible = files.stream().map(f -> FileView.of(f, fileVisible.test(f))).toList();
        ValueRow row = ValueRow.of(i, v, showScores ? previous : null, visible);
        if (showScores) {
            return row;
        }
        return new ValueRow(row.valueId(), row.indicatorId(), row.code(), row.nameKk(), row.nameRu(), row.nameEn(),
                row.unit(), row.polarity(), row.ruleType(), row.needsTarget(), row.extraInputs(), row.minValue(),
                row.maxValue(), row.evidenceRequired(), row.defaultSourceType(), row.maxPoints(), row.actual(),
                row.target(), row.inputs(), row.comment(), row.sourceType(), row.verification(), row.verifiedActual(),
                row.verifiedTarget(), row.verificationReason(), row.verifiedBy(), row.verifiedAt(), null, null,
                row.files(), row.survey());
    }

    private Map<String, BigDecimal> previousPoints(Optional<DirectionEvaluation> previous) {
        if (previous.isEmpty()) {
            return Map.of();
        }
        Methodology pm = methodologies.getById(previous.get().methodologyId());
        Map<String, BigDecimal> points = new HashMap<>();
        for (IndicatorValue v : previous.get().values()) {
            pm.indicator(v.indicatorId()).ifPresent(i -> {
                if (v.points() != null) {
                    points.put(i.code(), v.points());
                }
            });
        }
        return points;
    }

    private static Map<String, BigDecimal> criterionScores(DirectionEvaluation d, Methodology m, BodySummary body) {
        try {
            Map<String, BigDecimal> scores = new HashMap<>();
            ScoringEngine.score(m, body.type(), ScoredInputs.of(m, d.values()))
                    .ifPresent(r -> r.criteria().forEach(c -> scores.put(c.code(), c.score())));
            return scores;
        } catch (RuleViolation e) {
            return Map.of();
        }
    }
}
