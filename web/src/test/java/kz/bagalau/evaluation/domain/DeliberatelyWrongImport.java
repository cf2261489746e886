package kz.bagalau.evaluation.domain;

import kz.bagalau.cycle.domain.EvaluationCycle;

/**
 * A test-only class that breaks the context map on purpose: the evaluation's domain reaching into the cycle.
 * The architecture test checks that its rule refuses this; production code never contains such an arrow.
 */
public final class DeliberatelyWrongImport {

    private DeliberatelyWrongImport() {
    }

    public static int yearOf(EvaluationCycle cycle) {
        return cycle.year();
    }
}
