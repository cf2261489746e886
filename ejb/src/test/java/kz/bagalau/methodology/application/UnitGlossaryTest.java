package kz.bagalau.methodology.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Units are stored as glossary codes and read in the reader's language; anything else stays as typed. */
class UnitGlossaryTest {

    @Test
    void should_store_a_unit_named_in_any_language_as_its_code() {
        assertThat(UnitGlossary.codeOf("мың м²")).isEqualTo("thousand_m2");
        assertThat(UnitGlossary.codeOf(" тыс. м² ")).isEqualTo("thousand_m2");
        assertThat(UnitGlossary.codeOf("Million tenge")).isEqualTo("mln_kzt");
        assertThat(UnitGlossary.codeOf("%")).isEqualTo("percent");
    }

    @Test
    void should_name_a_code_in_the_readers_language() {
        assertThat(UnitGlossary.nameOf(Locale.forLanguageTag("kk"), "mln_kzt")).isEqualTo("млн теңге");
        assertThat(UnitGlossary.nameOf(Locale.forLanguageTag("ru"), "mln_kzt")).isEqualTo("млн тенге");
        assertThat(UnitGlossary.nameOf(Locale.forLanguageTag("en"), "thousand_m2")).isEqualTo("thousand m²");
    }

    @Test
    void should_keep_a_unit_outside_the_glossary_as_typed() {
        assertThat(UnitGlossary.codeOf("ж/ж қ.")).isEqualTo("ж/ж қ.");
        assertThat(UnitGlossary.nameOf(Locale.forLanguageTag("en"), "ж/ж қ.")).isEqualTo("ж/ж қ.");
    }

    @Test
    void should_name_every_code_in_all_three_languages() {
        for (String code : UnitGlossary.CODES) {
            for (String language : java.util.List.of("kk", "ru", "en")) {
                assertThat(UnitGlossary.nameOf(Locale.forLanguageTag(language), code)).as(code + " " + language)
                        .doesNotStartWith("???");
            }
        }
    }
}
