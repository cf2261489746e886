package kz.bagalau.cycle.application;

import java.time.Instant;
import java.util.List;
import kz.bagalau.evaluation.application.BodyResult;

/**
 * The general evaluation of a region's year (¶12): every body's result with its place, the experts' opinions
 * (¶48), whether every direction is final, and when it was assembled and submitted (¶49).
 */
public record GeneralEvaluation(int year, Instant assembledAt, Instant submittedAt, String submittedBy,
                                boolean allFinal, List<Line> lines, List<Opinion> opinions, List<String> experts) {

    /** One body's place and result. */
    public record Line(Integer place, BodyResult result) {
    }

    /** An expert's assignment and opinion. */
    public record Opinion(long assignmentId, String expert, Integer direction, String assignedBy, Instant assignedAt,
                          String text, Instant writtenAt, Long bodyId, Instant endedAt) {
    }

    public GeneralEvaluation {
        lines = List.copyOf(lines);
        opinions = List.copyOf(opinions);
        experts = List.copyOf(experts);
    }
}
