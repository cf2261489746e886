package kz.bagalau.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The invariants of a conclusion (¶47, ¶55, ¶59), each on its own. */
class ConclusionTest {

    private static final Instant DRAFTED = Instant.parse("2027-05-20T05:00:00Z");
    private static final Instant SENT = Instant.parse("2027-05-25T05:00:00Z");

    private static Conclusion draft() {
        Conclusion c = Aggregates.withId(Conclusion.first(11L, "{}", "apparatus", DRAFTED));
        c.revise("{}", "Орындалды", "Тұжырымдар", "Ұсыным", "apparatus", DRAFTED);
        return c;
    }

    private static Conclusion sent() {
        Conclusion c = draft();
        c.send("{}", "apparatus", SENT);
        return c;
    }

    @Test
    @DisplayName("¶47: a sent conclusion never changes")
    void should_refuse_to_revise_a_sent_conclusion() {
        Conclusion c = sent();

        assertThatThrownBy(() -> c.revise("{}", "", "Басқа", "", "apparatus", SENT)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("conclusion.sent.immutable"));
    }

    @Test
    @DisplayName("¶47: a conclusion goes out with its findings written")
    void should_refuse_to_send_without_findings() {
        Conclusion c = Conclusion.first(11L, "{}", "apparatus", DRAFTED);
        c.revise("{}", "Орындалды", "", "Ұсыным", "apparatus", DRAFTED);

        assertThatThrownBy(() -> c.send("{}", "apparatus", SENT)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("conclusion.findings.required"));
    }

    @Test
    @DisplayName("¶47, ¶45-1: a conclusion is not sent without all three parts: report, results of earlier instructions, findings with recommendations")
    void should_refuse_to_send_a_conclusion_missing_any_of_its_three_parts() {
        Conclusion noFollowup = Conclusion.first(11L, "{}", "apparatus", DRAFTED);
        noFollowup.revise("{}", " ", "Тұжырымдар", "Ұсыным", "apparatus", DRAFTED);
        Conclusion noRecommendations = Conclusion.first(11L, "{}", "apparatus", DRAFTED);
        noRecommendations.revise("{}", "Орындалды", "Тұжырымдар", "", "apparatus", DRAFTED);
        Conclusion noReport = draft();

        assertThatThrownBy(() -> noFollowup.send("{}", "apparatus", SENT)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("conclusion.followupResults.required"));
        assertThatThrownBy(() -> noRecommendations.send("{}", "apparatus", SENT)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("conclusion.recommendations.required"));
        assertThatThrownBy(() -> noReport.send(" ", "apparatus", SENT)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("conclusion.report.required"));
        assertThat(noFollowup.isSent()).isFalse();
    }

    @Test
    @DisplayName("¶47, ¶45-1: for a body given no earlier instructions, the explicit statement that none were given completes the second part")
    void should_send_a_first_conclusion_that_states_no_instructions_were_given() {
        Conclusion c = Conclusion.first(11L, "{}", "apparatus", DRAFTED);
        c.revise("{}", "Органға бұрын тапсырмалар берілмеген.", "Тұжырымдар", "Ұсыным", "apparatus", DRAFTED);

        c.send("{\"directions\":[]}", "apparatus", SENT);

        assertThat(c.isSent()).isTrue();
        assertThat(c.followupResults()).isEqualTo("Органға бұрын тапсырмалар берілмеген.");
    }

    @Test
    @DisplayName("¶55: the receipt is recorded once; a second confirmation changes nothing")
    void should_record_the_receipt_once() {
        Conclusion c = sent();
        c.markReceived("body", SENT.plusSeconds(3600));

        boolean again = c.markReceived("body", SENT.plusSeconds(7200));

        assertThat(again).isFalse();
        assertThat(c.receivedAt()).isEqualTo(SENT.plusSeconds(3600));
    }

    @Test
    @DisplayName("¶55: a draft cannot be received")
    void should_not_record_receipt_of_a_draft() {
        Conclusion c = draft();

        assertThat(c.markReceived("body", SENT)).isFalse();
        assertThat(c.receivedAt()).isNull();
    }

    @Test
    @DisplayName("¶59: only a sent conclusion is corrected")
    void should_refuse_to_correct_a_draft() {
        Conclusion c = draft();

        assertThatThrownBy(() -> c.correction("¶59: accepted", "{}", "apparatus", SENT)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("conclusion.correct.unsent"));
    }

    @Test
    @DisplayName("¶59: a correction states its reason")
    void should_refuse_a_correction_without_a_reason() {
        Conclusion c = sent();

        assertThatThrownBy(() -> c.correction(" ", "{}", "apparatus", SENT)).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("conclusion.correct.reason"));
    }

    @Test
    @DisplayName("¶59: a correction is the next version, linked to the one it corrects, starting from its texts")
    void should_start_a_correction_as_the_next_linked_version() {
        Conclusion c = sent();

        Conclusion corrected = c.correction("¶59: құжаттар қабылданды", "{}", "apparatus", SENT);

        assertThat(corrected.version()).isEqualTo(2);
        assertThat(corrected.previousId()).isEqualTo(c.id());
        assertThat(corrected.findings()).isEqualTo("Тұжырымдар");
        assertThat(corrected.isSent()).isFalse();
    }
}
