package kz.bagalau.evaluation.application;

import java.time.Instant;
import kz.bagalau.evaluation.domain.PredecessorAnalysis;

/** ¶60-2: an analysis of a second-half predecessor's work within the successor's evaluation, as pages show it. */
public record AnalysisView(String predecessorCode, String analysis, String recommendations, String recordedBy,
                           Instant recordedAt) {

    static AnalysisView of(PredecessorAnalysis a) {
        return new AnalysisView(a.predecessorCode(), a.analysis(), a.recommendations(), a.recordedBy(),
                a.recordedAt());
    }
}
