package kz.bagalau.evaluation.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.ScoringEngine;

/**
 * A direction's verified figures as the scoring engine reads them: keyed by the indicator's code in the
 * methodology the direction was opened with. One place, so the score that is stored and the criterion scores
 * a page shows are computed from the same inputs.
 */
public final class ScoredInputs {

    private ScoredInputs() {
    }

    public static Map<String, ScoringEngine.ScoredInput> of(Methodology methodology, Collection<IndicatorValue> values) {
        Map<String, ScoringEngine.ScoredInput> inputs = new HashMap<>();
        values.forEach(v -> methodology.indicator(v.indicatorId()).ifPresent(i -> inputs.put(i.code(), v.scoredInput())));
        return inputs;
    }
}
