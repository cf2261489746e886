package kz.bagalau.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.evaluation.application.AnalysisView;
import kz.bagalau.evaluation.application.EvaluationSetup;
import kz.bagalau.evaluation.application.Explanation;
import kz.bagalau.evaluation.application.FollowupView;
import kz.bagalau.evaluation.application.PredecessorAnalyses;
import kz.bagalau.evaluation.application.ReportingForm;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.evaluation.application.ResultsService;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.evaluation.domain.PredecessorNote;
import kz.bagalau.evaluation.domain.ReorganisationRule;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodyStatusChange;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ¶60-1..¶60-3 when the year is opened: one successor and three predecessors closed in the first half of 2026,
 * in its second half, and after its end but before the schedule's reporting deadline of 1 March 2027.
 */
@ExtendWith(ArquillianExtension.class)
class ReorganisationIT {

    static final String REGION = "west-kazakhstan";
    static final int YEAR = 2026;

    @Inject
    Callers callers;

    @Inject
    EvaluationFixture fixture;

    @Inject
    BodyRegistry registry;

    @Inject
    EvaluationSetup setup;

    @Inject
    ReportingService reporting;

    @Inject
    ResultsService results;

    @Inject
    PredecessorAnalyses analyses;

    @Test
    @DisplayName("¶60-1, ¶60-2, ¶60-3: within the successor, analysis to the successor, evaluated with results passed on")
    void should_apply_the_three_reorganisation_cases_when_the_year_is_opened() {
        EvaluationFixture.Created successor = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created firstHalf = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created secondHalf = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created afterYear = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        close(firstHalf, BodyStatus.REORGANISED, LocalDate.of(2026, 4, 1), successor);
        close(secondHalf, BodyStatus.LIQUIDATED, LocalDate.of(2026, 9, 15), successor);
        close(afterYear, BodyStatus.REORGANISED, LocalDate.of(2027, 1, 10), successor);

        int opened = callers.as(REGION + ".planning", () -> setup.openYear(YEAR));

        assertThat(opened).as("the successor, the ¶60-1 body evaluated within it and the ¶60-3 body").isEqualTo(3);
        callers.as(secondHalf.username(), () -> {
            assertThatThrownBy(() -> reporting.form(YEAR)).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("evaluation.reorganised"));
        });
        assertThat(callers.as(firstHalf.username(), () -> reporting.form(YEAR)).directions()).as("¶60-1").isNotEmpty();
        ReportingForm successorForm = callers.as(successor.username(), () -> reporting.form(YEAR));
        Explanation explained = callers.as(successor.username(), () -> results.explain(successorForm.evaluationId()));
        assertThat(explained.predecessors()).extracting(PredecessorNote::rule, PredecessorNote::predecessorCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ReorganisationRule.WITHIN_SUCCESSOR, firstHalf.body().code()),
                        org.assertj.core.groups.Tuple.tuple(ReorganisationRule.ANALYSIS_TO_SUCCESSOR, secondHalf.body().code()));
        assertThat(followupsOf(successor)).filteredOn(f -> f.origin() == FollowupItem.Origin.REORGANISATION)
                .extracting(FollowupView::originRef).containsExactly("¶60-2 " + secondHalf.body().code());

        ReportingForm passedOn = fixture.submitAll(afterYear.username(), YEAR);
        Explanation ownNote = callers.as(afterYear.username(), () -> results.explain(passedOn.evaluationId()));
        assertThat(ownNote.predecessors()).singleElement().satisfies(n -> {
            assertThat(n.rule()).isEqualTo(ReorganisationRule.EVALUATE_AND_PASS_ON);
            assertThat(n.successorCode()).isEqualTo(successor.body().code());
        });
        fixture.acceptAndScore(REGION, passedOn);
        fixture.concludeAll(REGION, passedOn);

        assertThat(followupsOf(successor)).filteredOn(f -> f.origin() == FollowupItem.Origin.REORGANISATION)
                .extracting(FollowupView::text).contains(afterYear.body().code() + ": Ұсыным");
        assertThat(callers.as(REGION + ".planning", () -> setup.openYear(YEAR))).as("opening again changes nothing")
                .isZero();
        assertThat(callers.as(successor.username(), () -> results.explain(successorForm.evaluationId())).predecessors())
                .hasSize(2);
    }

    @Test
    @DisplayName("¶60-1: a body reorganised in the first half of the year is evaluated within its successor and counted in its total, weighted by the days each carried the functions")
    void should_count_a_first_half_predecessor_in_the_successors_total() {
        EvaluationFixture.Created successor = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created predecessor = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        close(predecessor, BodyStatus.REORGANISED, LocalDate.of(2026, 4, 1), successor);
        callers.as(REGION + ".planning", () -> setup.openYear(YEAR));
        ReportingForm own = fixture.submitAll(successor.username(), YEAR);
        ReportingForm within = fixture.submitAll(predecessor.username(), YEAR);

        for (ReportingForm form : List.of(own, within)) {
            fixture.acceptAndScore(REGION, form);
            fixture.concludeAll(REGION, form);
        }

        Explanation successorChain = callers.as(successor.username(), () -> results.explain(own.evaluationId()));
        Explanation predecessorChain = callers.as(predecessor.username(),
                () -> results.explain(within.evaluationId()));
        BigDecimal expected = successorChain.ownTotal().multiply(BigDecimal.valueOf(365))
                .add(predecessorChain.total().multiply(BigDecimal.valueOf(90)))
                .divide(BigDecimal.valueOf(455), 2, RoundingMode.HALF_UP);
        assertThat(successorChain.total()).as("1 January to 31 March: 90 days of 365").isEqualByComparingTo(expected);
        assertThat(callers.as(REGION + ".akim", () -> results.overview(YEAR))).extracting(r -> r.body().id())
                .as("the predecessor stands within its successor, not on its own")
                .contains(successor.body().id()).doesNotContain(predecessor.body().id());
    }

    @Test
    @DisplayName("¶60-2: the second-half predecessor's analysis is taken into account within the successor's evaluation and its recommendations go to the successor")
    void should_take_the_second_half_predecessors_analysis_into_the_successors_evaluation() {
        EvaluationFixture.Created successor = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created secondHalf = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created firstHalf = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        close(secondHalf, BodyStatus.REORGANISED, LocalDate.of(2026, 10, 1), successor);
        close(firstHalf, BodyStatus.REORGANISED, LocalDate.of(2026, 3, 1), successor);
        callers.as(REGION + ".planning", () -> setup.openYear(YEAR));
        ReportingForm form = fixture.submitAll(successor.username(), YEAR);
        long direction = form.directions().stream().filter(d -> d.direction() == 2).findFirst().orElseThrow().id();
        String code = secondHalf.body().code();

        callers.as(REGION + ".apparatus", () -> {
            assertThatThrownBy(() -> analyses.record(direction, firstHalf.body().code(), "Талдау", "Ұсыным"))
                    .as("a first-half predecessor is evaluated within the successor, not analysed")
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("analysis.predecessor.unknown"));
            analyses.record(direction, code, "Тоғыз айда тапсырмалардың 80%-ы орындалған",
                    "Мұрағатты қабылдап алу\nОрындалмаған тапсырмаларды аяқтау");
        });
        callers.as(REGION + ".budget", () -> assertThatThrownBy(() -> analyses.record(direction, code, "x", "y"))
                .as("not the direction's evaluator").isInstanceOf(kz.bagalau.shared.domain.NotFoundException.class));

        Explanation chain = callers.as(successor.username(), () -> results.explain(form.evaluationId()));
        assertThat(chain.directions()).filteredOn(d -> d.id() == direction).singleElement()
                .satisfies(d -> assertThat(d.predecessorAnalyses()).extracting(AnalysisView::predecessorCode)
                        .containsExactly(code));
        fixture.acceptAndScore(REGION, form);
        fixture.concludeAll(REGION, form);

        assertThat(followupsOf(successor)).filteredOn(f -> f.origin() == FollowupItem.Origin.REORGANISATION)
                .extracting(FollowupView::text)
                .contains(code + ": Мұрағатты қабылдап алу", code + ": Орындалмаған тапсырмаларды аяқтау");
        assertThat(followupsOf(successor)).extracting(FollowupView::originRef).doesNotContain("¶60-2 " + code);
    }

    private void close(EvaluationFixture.Created body, BodyStatus status, LocalDate date,
                       EvaluationFixture.Created successor) {
        callers.as(REGION + ".admin", () -> {
            BodySummary current = registry.get(body.body().id());
            return registry.changeStatus(current.id(), current.version(),
                    new BodyStatusChange(status, date, successor.body().id()));
        });
    }

    private List<FollowupView> followupsOf(EvaluationFixture.Created body) {
        return callers.as(body.username(), () -> reporting.form(YEAR + 1)).followups();
    }
}
