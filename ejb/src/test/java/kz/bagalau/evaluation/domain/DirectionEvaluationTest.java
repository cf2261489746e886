package kz.bagalau.evaluation.domain;

import static kz.bagalau.evaluation.domain.Aggregates.NOW;
import static kz.bagalau.evaluation.domain.Aggregates.methodologyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The invariants of one body's direction, each on its own, without a container. */
class DirectionEvaluationTest {

    private static final BodyType DEPARTMENT = BodyType.REGIONAL_DEPARTMENT;

    @Test
    @DisplayName("¶41-¶42: a draft is not scored; only figures under the evaluator's review are")
    void should_refuse_to_score_a_draft() {
        DirectionEvaluation draft = Aggregates.evaluation().direction(Direction.ACTS_AND_INSTRUCTIONS).orElseThrow();

        assertThatThrownBy(() -> draft.score(methodologyOf(draft), DEPARTMENT, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("scoring.state"));
    }

    @Test
    @DisplayName("¶45-2: once the conclusion is sent, the score is not recomputed behind the body's back")
    void should_refuse_to_rescore_a_concluded_direction() {
        DirectionEvaluation concluded = Aggregates.concluded();

        assertThatThrownBy(() -> concluded.score(methodologyOf(concluded), DEPARTMENT, NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("scoring.state"));
    }

    @Test
    @DisplayName("¶42: verified figures under evaluation are scored")
    void should_score_verified_figures_under_evaluation() {
        DirectionEvaluation d = Aggregates.scored();

        assertThat(d.score()).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("¶41: after submission the body's figures are locked")
    void should_lock_the_figures_against_the_body_after_submission() {
        DirectionEvaluation d = Aggregates.submitted();

        assertThatThrownBy(() -> d.report(Map.of(d.values().get(0).indicatorId(), Aggregates.yes()), "body", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("reporting.locked"));
    }

    @Test
    @DisplayName("¶42: the evaluator's first decision on a figure starts the evaluation")
    void should_start_the_evaluation_with_the_first_verification() {
        DirectionEvaluation d = Aggregates.submitted();

        d.verify(d.values().get(0).id(), Verification.ACCEPTED, null, null, null, "apparatus", NOW);

        assertThat(d.state()).isEqualTo(DirectionState.UNDER_EVALUATION);
    }

    @Test
    @DisplayName("¶47: a conclusion is not sent while a figure is still unverified")
    void should_refuse_to_send_a_conclusion_with_a_pending_figure() {
        DirectionEvaluation d = Aggregates.submitted();

        assertThatThrownBy(d::markConclusionSent).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("conclusion.values.pending"));
    }

    @Test
    @DisplayName("The evaluator sends figures back only with a recorded reason")
    void should_refuse_to_send_figures_back_without_a_reason() {
        DirectionEvaluation d = Aggregates.submitted();

        assertThatThrownBy(() -> d.reopen(" ", "apparatus", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("evaluation.reopen.reason"));
    }

    @Test
    @DisplayName("¶46: only a sent conclusion becomes final")
    void should_finalise_only_a_sent_conclusion() {
        DirectionEvaluation d = Aggregates.scored();

        assertThatThrownBy(() -> d.finalise("apparatus", NOW)).isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("¶55: an appeal with documents puts the sent conclusion under re-check")
    void should_put_a_sent_conclusion_under_appeal() {
        DirectionEvaluation d = Aggregates.concluded();

        d.putUnderAppeal();

        assertThat(d.state()).isEqualTo(DirectionState.APPEALED);
        assertThat(d.canScore()).isTrue();
    }

    @Test
    @DisplayName("¶60: an appealed direction is not re-checked by the working body as well")
    void should_not_recheck_an_appealed_direction() {
        DirectionEvaluation d = Aggregates.concluded();
        d.putUnderAppeal();

        assertThatThrownBy(d::reopenForRecheck).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("recheck.state"));
    }

    @Test
    @DisplayName("¶60: a re-check of a final result resumes it as final")
    void should_resume_a_rechecked_final_result_as_final() {
        DirectionEvaluation d = Aggregates.concluded();
        d.finalise("apparatus", NOW);
        DirectionState was = d.reopenForRecheck();

        d.resumeAfterRecheck(was);

        assertThat(d.state()).isEqualTo(DirectionState.FINAL);
    }

    @Test
    @DisplayName("¶60: a re-check resumes only to a sent or a final conclusion")
    void should_refuse_to_resume_a_recheck_to_any_other_state() {
        DirectionEvaluation d = Aggregates.concluded();
        d.reopenForRecheck();

        assertThatThrownBy(() -> d.resumeAfterRecheck(DirectionState.DRAFT)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("recheck.resume.state"));
    }

    @Test
    @DisplayName("¶60: only a direction under re-check resumes")
    void should_refuse_to_resume_a_direction_that_is_not_under_recheck() {
        DirectionEvaluation d = Aggregates.submitted();

        assertThatThrownBy(() -> d.resumeAfterRecheck(DirectionState.FINAL)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("recheck.state"));
    }

    @Test
    @DisplayName("Pages ask the aggregate: a draft may be reported, nothing else")
    void should_allow_only_reporting_on_a_draft() {
        DirectionEvaluation draft = Aggregates.evaluation().direction(Direction.ACTS_AND_INSTRUCTIONS).orElseThrow();

        assertThat(draft.canReport()).isTrue();
        assertThat(List.of(draft.canVerify(), draft.canScore(), draft.canReopen(), draft.canDraftConclusion(),
                draft.canFinalise(), draft.canAppeal(), draft.canBeRechecked())).containsOnly(false);
    }

    @Test
    @DisplayName("Pages ask the aggregate: a sent conclusion may be finalised, appealed or re-checked")
    void should_allow_finalising_appealing_and_rechecking_a_sent_conclusion() {
        DirectionEvaluation d = Aggregates.concluded();

        assertThat(List.of(d.canFinalise(), d.canAppeal(), d.canBeRechecked())).containsOnly(true);
        assertThat(List.of(d.canReport(), d.canVerify(), d.canScore(), d.canReopen())).containsOnly(false);
    }

    @Test
    @DisplayName("States compare by their place in the evaluation, not by declaration order")
    void should_order_states_by_their_place_in_the_evaluation() {
        assertThat(DirectionState.DRAFT.isBehind(DirectionState.FINAL)).isTrue();
        assertThat(DirectionState.FINAL.isBehind(DirectionState.APPEALED)).isFalse();
    }
}
