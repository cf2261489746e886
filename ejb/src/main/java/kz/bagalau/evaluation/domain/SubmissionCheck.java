package kz.bagalau.evaluation.domain;

import java.util.List;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.RatioRule;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.methodology.domain.ValueRange;

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
        ValueRange range = ValueRange.of(i);
        range.refusal(v.actual()).ifPresent(key -> problems.add(ValidationFailed.Problem.at(i.code(), key,
                ValueRange.shown(range.min()), ValueRange.shown(range.max()))));
        if (i.evidenceRequired() && !hasEvidence) {
            problems.add(ValidationFailed.Problem.at(i.code(), "reporting.evidence.required"));
        }
        // ¶34, ¶4.7: a figure from a sociological survey names the survey, or it cannot be checked (¶9.3).
        if (v.sourceType() == SourceType.SOCIOLOGICAL_SURVEYS && v.survey().isEmpty()) {
            problems.add(ValidationFailed.Problem.at(i.code(), "survey.details.required"));
        }
    }
}
