package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.identity.domain.Role;

/**
 * One body's direction for one year, whole: state, score with its change from last year, and the criteria
 * with every indicator row. {@code score} and the rows' points are null for a caller who may not see them yet.
 * {@code stage} names where the direction stands for display: its state, or for a final direction the step
 * the region's year has reached since; {@code actions} says what the state allows now.
 */
public record DirectionView(long id, long evaluationId, BodyRef body, int year, int direction, DirectionState state,
                            String stage, DirectionActions actions, Role evaluatorRole, BigDecimal score,
                            BigDecimal previousScore, Instant scoredAt, Instant submittedAt, String submittedBy,
                            String reopenReason, String reopenedBy, Instant reopenedAt, long pendingValues,
                            long methodologyId, int methodologyVersion, List<CriterionBlock> criteria,
                            List<InspectionView> inspections, List<AnalysisView> predecessorAnalyses) {

    public DirectionView {
        criteria = List.copyOf(criteria);
        inspections = List.copyOf(inspections);
        predecessorAnalyses = List.copyOf(predecessorAnalyses);
    }

    public BigDecimal scoreChange() {
        return score == null || previousScore == null ? null : score.subtract(previousScore);
    }

    public List<ValueRow> rows() {
        return criteria.stream().flatMap(c -> c.rows().stream()).toList();
    }
}
