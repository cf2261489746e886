package kz.bagalau.cycle.domain;

import java.util.Optional;
import kz.bagalau.evaluation.domain.DirectionState;

/**
 * Where a body's direction stands in the region's year (¶7): its evaluation's own state up to final (¶46),
 * then the region-wide steps its final result was carried through, which the cycle records once for the
 * region: the general evaluation (¶49), the commission (¶51), the akim's report (¶53) and publication (¶54).
 * Each stage carries its place in the year explicitly, so no comparison depends on declaration order.
 */
public enum DirectionStage {
    DRAFT(1),
    SUBMITTED(2),
    UNDER_EVALUATION(3),
    CONCLUSION_SENT(4),
    APPEALED(5),
    FINAL(6),
    INCLUDED(7),
    COMMISSION_CONCLUDED(8),
    REPORTED(9),
    PUBLISHED(10);

    private final int place;

    DirectionStage(int place) {
        this.place = place;
    }

    /** The stage of a direction in {@code state}, in a region whose cycle of the year is {@code cycle}. */
    public static DirectionStage of(DirectionState state, Optional<EvaluationCycle> cycle) {
        if (state != DirectionState.FINAL) {
            return valueOf(state.name());
        }
        return cycle.map(DirectionStage::afterFinal).orElse(FINAL);
    }

    /** The stage the final results of a year have reached with the cycle's region-wide steps. */
    public static DirectionStage afterFinal(EvaluationCycle cycle) {
        if (cycle.publishedAt() != null) {
            return PUBLISHED;
        }
        if (cycle.akimSentAt() != null) {
            return REPORTED;
        }
        if (cycle.commissionSentAt() != null) {
            return COMMISSION_CONCLUDED;
        }
        return cycle.generalSubmittedAt() != null ? INCLUDED : FINAL;
    }

    /** Whether this stage is {@code other} or later in the year (an appealed direction counts as concluded). */
    public boolean hasReached(DirectionStage other) {
        return place >= other.place;
    }
}
