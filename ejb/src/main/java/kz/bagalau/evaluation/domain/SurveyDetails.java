package kz.bagalau.evaluation.domain;

import java.time.LocalDate;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * ¶34, ¶4.7: the sociological survey a figure comes from: the organisation that conducted it, the day it ended
 * and the number of people asked. Without these a survey's figure cannot be checked (¶9.3, ¶9.4).
 */
public record SurveyDetails(String organisation, LocalDate conductedOn, int sample) {

    /** The largest sample a survey can state. */
    public static final int MAX_SAMPLE = 100_000_000;

    public SurveyDetails {
        organisation = PlainText.check(organisation, 300, "label.survey.organisation");
        if (organisation == null) {
            throw new RuleViolation("survey.organisation.required");
        }
        if (conductedOn == null) {
            throw new RuleViolation("survey.date.required");
        }
        if (sample < 1 || sample > MAX_SAMPLE) {
            throw new RuleViolation("survey.sample.range", MAX_SAMPLE);
        }
    }

    /** The details a form gave, or none when it gave none of them; a part given alone is refused. */
    public static SurveyDetails of(String organisation, LocalDate conductedOn, Integer sample) {
        boolean none = (organisation == null || organisation.isBlank()) && conductedOn == null && sample == null;
        return none ? null : new SurveyDetails(organisation, conductedOn, sample == null ? 0 : sample);
    }
}
