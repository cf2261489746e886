package kz.bagalau.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

/** A body's stated details are refused as a whole when any of them would not be stored exactly as given. */
class BodyDetailsTest {

    private static final LocalizedText NAME = new LocalizedText("Туризм басқармасы", "Управление туризма",
            "Department of Tourism");

    @Test
    void should_refuse_a_ten_thousand_character_code_instead_of_registering_its_start() {
        String code = "A".repeat(10_000);

        assertThatThrownBy(() -> details(code, null)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo("body.code.invalid");
            assertThat(String.valueOf(e.arguments().get(0))).hasSize(41).endsWith("…");
        });
    }

    @Test
    void should_accept_a_code_of_twenty_characters() {
        assertThat(details("A".repeat(20), null).code()).hasSize(20);
    }

    @Test
    void should_refuse_an_over_long_name_in_any_language() {
        assertThatThrownBy(() -> new LocalizedText("а".repeat(301), "б", "c")).isInstanceOfSatisfying(
                RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("text.too-long"));
    }

    @Test
    void should_refuse_a_head_name_with_a_control_character() {
        assertThatThrownBy(() -> details("TOUR", "Ахметов\u0007")).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("text.control.field"));
    }

    private static BodyDetails details(String code, String head) {
        return new BodyDetails(code, NAME, BodyType.REGIONAL_DEPARTMENT, EvaluatorFunction.NONE, head, null);
    }
}
