package kz.bagalau.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A figure from a sociological survey names its survey (¶34, ¶4.7), each rule on its own. */
class SurveyDetailsTest {

    private static final LocalDate ENDED = LocalDate.of(2026, 11, 20);

    private static ReportedValue fromSurvey(SurveyDetails survey) {
        return new ReportedValue(BigDecimal.ONE, null, Map.of(), null, SourceType.SOCIOLOGICAL_SURVEYS, survey);
    }

    @Test
    @DisplayName("¶34: a survey is named by its organisation, the day it ended and a sample of at least one")
    void should_refuse_a_survey_without_organisation_date_or_sample() {
        assertThatThrownBy(() -> new SurveyDetails(" ", ENDED, 100)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("survey.organisation.required"));
        assertThatThrownBy(() -> new SurveyDetails("Институт", null, 100)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("survey.date.required"));
        assertThatThrownBy(() -> SurveyDetails.of("Институт", ENDED, null)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("survey.sample.range"));
        assertThat(SurveyDetails.of(" ", null, null)).as("nothing given").isNull();
    }

    @Test
    @DisplayName("¶34: a figure of source 7 is not submitted without its survey, and keeps the survey it names")
    void should_refuse_to_submit_a_survey_figure_without_its_survey() {
        DirectionEvaluation d = Aggregates.evaluation().direction(Direction.PUBLIC_SERVICES).orElseThrow();
        long indicator = d.values().get(0).indicatorId();

        d.report(Map.of(indicator, fromSurvey(null)), "body", Aggregates.NOW);
        assertThatThrownBy(() -> d.submit(Aggregates.methodologyOf(d), Set.of(), "body", Aggregates.NOW))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.problems())
                        .extracting(ValidationFailed.Problem::messageKey).contains("survey.details.required"));

        d.report(Map.of(indicator, fromSurvey(new SurveyDetails("Институт", ENDED, 1200))), "body", Aggregates.NOW);
        d.report(Map.of(indicator, fromSurvey(null)), "body", Aggregates.NOW);
        d.submit(Aggregates.methodologyOf(d), Set.of(), "body", Aggregates.NOW);

        assertThat(d.values().get(0).survey()).as("an upload without the survey keeps the one stated")
                .contains(new SurveyDetails("Институт", ENDED, 1200));
    }
}
