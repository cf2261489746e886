package kz.bagalau.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Text a person typed is stored as typed or refused with a reason: never cut, never with control characters. */
class PlainTextTest {

    @Test
    void should_refuse_a_nul_character_naming_the_field() {
        assertThatThrownBy(() -> PlainText.check("Білім\u0000басқармасы", 300, "label.name.kk"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("text.control.field");
                    assertThat(e.arguments()).containsExactly("label.name.kk");
                });
    }

    @Test
    void should_refuse_a_text_one_character_too_long_instead_of_cutting_it() {
        String text = "а".repeat(301);

        assertThatThrownBy(() -> PlainText.check(text, 300, "label.name.kk"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("text.too-long");
                    assertThat(e.arguments()).containsExactly("label.name.kk", "300", "301");
                });
    }

    @Test
    void should_keep_line_breaks_emoji_and_right_to_left_text_and_count_characters_not_code_units() {
        String text = "Жол 1\nЖол 2\t🙂 مرحبا שלום";

        assertThat(PlainText.check("  " + text + "  ", text.codePointCount(0, text.length()), "label.appeal.text"))
                .isEqualTo(text);
    }

    @Test
    void should_treat_blank_as_absent() {
        assertThat(PlainText.check("   ", 10, "label.body.headName")).isNull();
        assertThat(PlainText.check(null, 10, "label.body.headName")).isNull();
    }
}
