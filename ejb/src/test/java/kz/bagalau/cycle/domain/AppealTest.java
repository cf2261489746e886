package kz.bagalau.cycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The invariants of an appeal (¶55-¶59), each on its own. */
class AppealTest {

    private static final Instant NOW = Instant.parse("2027-06-03T05:00:00Z");
    private static final LocalDate FILED = LocalDate.of(2027, 6, 3);

    private static Appeal filed() {
        return Appeal.file(1, 2, "Келіспейміз", 1, FILED, LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 10),
                "AKIM_APPARATUS", "body", NOW);
    }

    private static Appeal underReview() {
        Appeal a = filed();
        a.formCommission(List.of("apparatus2"), Set.of("apparatus"), "apparatus", NOW);
        return a;
    }

    @Test
    @DisplayName("¶56: an appeal without documents is answered at once, in the evaluator's name")
    void should_answer_an_appeal_without_documents_in_the_evaluators_name() {
        Appeal a = Appeal.file(1, 2, "Келіспейміз", 0, FILED, LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 10),
                "BUDGET_BODY", "body", NOW);

        assertThat(a.status()).isEqualTo(Appeal.Status.AUTO_ANSWERED);
        assertThat(a.decidedBy()).isEqualTo("BUDGET_BODY");
        assertThat(a.decidedAt()).isEqualTo(NOW);
        assertThat(a.decisionReason()).isEqualTo(Appeal.AUTO_ANSWER);
    }

    @Test
    @DisplayName("¶55: an appeal states what the body disagrees with")
    void should_refuse_an_appeal_without_text() {
        assertThatThrownBy(() -> Appeal.file(1, 2, " ", 1, FILED, LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 10),
                "AKIM_APPARATUS", "body", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("appeal.text.required"));
    }

    @Test
    @DisplayName("¶55: an appeal over 20,000 characters is refused, never cut")
    void should_refuse_an_over_long_appeal_instead_of_cutting_it() {
        String text = "ә".repeat(25_000);

        assertThatThrownBy(() -> Appeal.file(1, 2, text, 1, FILED, LocalDate.of(2027, 6, 8), LocalDate.of(2027, 6, 10),
                "AKIM_APPARATUS", "body", NOW)).isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("text.too-long");
                    assertThat(e.arguments()).contains(String.valueOf(Appeal.MAX_TEXT), "25000");
                });
    }

    @Test
    @DisplayName("¶57: the special commission is not empty")
    void should_refuse_an_empty_special_commission() {
        Appeal a = filed();

        assertThatThrownBy(() -> a.formCommission(List.of(), Set.of(), "apparatus", NOW)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("appeal.commission.empty"));
    }

    @Test
    @DisplayName("¶57-¶58: no decision before the special commission is formed")
    void should_refuse_a_decision_before_the_commission_exists() {
        Appeal a = filed();

        assertThatThrownBy(() -> a.decide(true, "Негізді", "apparatus2", NOW)).isInstanceOf(RuleViolation.class);
        assertThat(a.status()).isEqualTo(Appeal.Status.FILED);
    }

    @Test
    @DisplayName("¶58: only a member of the special commission decides")
    void should_let_only_a_member_of_the_special_commission_decide() {
        Appeal a = underReview();

        assertThatThrownBy(() -> a.decide(true, "Негізді", "apparatus", NOW)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("appeal.decide.member"));
    }

    @Test
    @DisplayName("¶58: the decision gives its reasons")
    void should_refuse_a_decision_without_reasons() {
        Appeal a = underReview();

        assertThatThrownBy(() -> a.decide(false, " ", "apparatus2", NOW)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("appeal.reasons.required"));
    }

    @Test
    @DisplayName("¶59: an accepted appeal stays pending until the corrected conclusion answers it")
    void should_stay_pending_until_the_correction_answers_an_accepted_appeal() {
        Appeal a = underReview();
        a.decide(true, "Құжаттар растайды", "apparatus2", NOW);
        assertThat(a.isPending()).isTrue();

        a.answerWithCorrection(99);

        assertThat(a.isPending()).isFalse();
        assertThat(a.correctedConclusionId()).isEqualTo(99);
    }

    @Test
    @DisplayName("¶59: a rejected appeal is not answered by a correction")
    void should_refuse_to_answer_a_rejected_appeal_with_a_correction() {
        Appeal a = underReview();
        a.decide(false, "Құжаттар нәтижені өзгертпейді", "apparatus2", NOW);

        assertThatThrownBy(() -> a.answerWithCorrection(99)).isInstanceOf(RuleViolation.class);
    }
}
