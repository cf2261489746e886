package kz.bagalau.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.RatioRule;

/** The checks a reported figure must pass before the direction can be submitted (¶41, ¶9.3-¶9.4). */
final class SubmissionCheck {

    private SubmissionCheck() {
    }

    static void check(Indicator i, IndicatorValue v, boolean hasEvidence, List<ValidationFailed.Problem> problems) {
        List<String> extra = i.rule().extraInputs();
        if (extra.isEmpty() && v.actual() == null) {
            problems.add(ValidationFailed.Problem.at(i.code(), "reporting.value.required"));
        }
        for (String input : extra) {
            if (!v.inputs().containsKey(input)) {
                problems.add(ValidationFailed.Problem.at(i.code(), "reporting.input.required", input));
            }
        }
        boolean needsTarget = i.hasTarget() || i.rule() instanceof RatioRule r && r.fixedTarget() == null;
        if (needsTarget && v.target() == null) {
            problems.add(ValidationFailed.Problem.at(i.code(), "reporting.target.required"));
        }
        if (v.actual() != null) {
            if (i.minValue() != null && v.actual().compareTo(i.minValue()) < 0
                    || i.maxValue() != null && v.actual().compareTo(i.maxValue()) > 0) {
                problems.add(ValidationFailed.Problem.at(i.code(), "reporting.value.range", plain(i.minValue()),
                        plain(i.maxValue())));
            }
        }
        if (i.evidenceRequired() && !hasEvidence) {
            problems.add(ValidationFailed.Problem.at(i.code(), "reporting.evidence.required"));
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }
}
