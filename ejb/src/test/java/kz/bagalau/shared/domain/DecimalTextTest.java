package kz.bagalau.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import kz.bagalau.shared.domain.DecimalText.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A figure means what the person typed, in any of the three languages, or is refused with the reason: the
 * table of the numbers issue among the cases (12.5 once stored as 125, 1e309 as 1309).
 */
class DecimalTextTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kk | 12,5              | 12.5
            kk | 12.5              | 12.5
            ru | 12,5              | 12.5
            ru | 12.5              | 12.5
            en | 12.5              | 12.5
            en | 12,5              | 12.5
            kk | 12,500            | 12.5
            ru | 12,500            | 12.5
            en | 12.500            | 12.5
            kk | 1 234,5           | 1234.5
            ru | 1 234 567         | 1234567
            en | 1 234.5           | 1234.5
            kk | 1.234,5           | 1234.5
            en | 1,234.5           | 1234.5
            ru | 1.234.567         | 1234567
            en | 1,234,567         | 1234567
            kk | 1 234 567,25      | 1234567.25
            kk | -5                | -5
            ru | −5                | -5
            en | +7.25             | 7.25
            kk | 0,0001            | 0.0001
            en | .5                | 0.5
            ru | ,5                | 0.5
            kk | 0                 | 0
            en | -0                | 0
            kk | '  42  '          | 42
            ru | 1 000             | 1000
            en | 99999999999999    | 99999999999999
            kk | 12,50             | 12.5
            ru | 150               | 150
            """)
    void should_read_a_figure_the_one_way_it_was_meant(String language, String typed, String meant) {
        assertThat(DecimalText.parse(typed, Locale.forLanguageTag(language), Bounds.FIGURE, "1.01"))
                .isEqualByComparingTo(new BigDecimal(meant));
    }

    @ParameterizedTest(name = "{0}: \"{1}\" is refused as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            kk | 12.500                  | number.ambiguous
            ru | 1.234                   | number.ambiguous
            en | 12,500                  | number.ambiguous
            en | 1,234                   | number.ambiguous
            kk | 1e309                   | number.exponent
            en | 1E5                     | number.exponent
            ru | 2,5e3                   | number.exponent
            kk | NaN                     | number.not-finite
            en | Infinity                | number.not-finite
            ru | -inf                    | number.not-finite
            en | ∞                       | number.not-finite
            kk | 99999999999999999999999 | number.too-large
            en | 123456789012345         | number.too-large
            kk | 0,00001                 | number.too-precise
            en | 3.14159                 | number.too-precise
            kk | abc                     | number.invalid
            ru | 12,5,6                  | number.invalid
            en | 1.2.3,4,5               | number.invalid
            kk | 12 5                    | number.invalid
            en | 1,23.4                  | number.invalid
            kk | --5                     | number.invalid
            ru | 5-                      | number.invalid
            en | 12%                     | number.invalid
            kk | ١٢                      | number.invalid
            en | 0x1F                    | number.invalid
            ru | ,                       | number.invalid
            kk | 1 23,4                  | number.invalid
            en | 1,2345.6                | number.invalid
            """)
    void should_refuse_what_is_not_a_figure_or_could_be_read_two_ways(String language, String typed, String key) {
        assertThatThrownBy(() -> DecimalText.parse(typed, Locale.forLanguageTag(language), Bounds.FIGURE, "1.01"))
                .isInstanceOfSatisfying(RuleViolation.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(e.arguments()).startsWith("1.01", typed.strip());
                });
    }

    @ParameterizedTest(name = "{0}: {1} is typed back as \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            kk | 1234.5000 | 1234,5
            ru | 0.0001    | 0,0001
            en | 1234.5    | 1234.5
            en | 1E+3      | 1000
            """)
    void should_show_a_stored_figure_so_that_it_reads_back_as_itself(String language, String stored, String shown) {
        Locale locale = Locale.forLanguageTag(language);

        String text = DecimalText.format(new BigDecimal(stored), locale);

        assertThat(text).isEqualTo(shown);
        assertThat(DecimalText.parse(text, locale, Bounds.FIGURE, "x")).isEqualByComparingTo(new BigDecimal(stored));
    }

    @ParameterizedTest(name = "\"{0}\" is refused for a whole figure")
    @CsvSource({"2.5", "0.1"})
    void should_refuse_decimals_for_a_whole_figure(String typed) {
        assertThatThrownBy(() -> DecimalText.parse(typed, Locale.ENGLISH, Bounds.WHOLE, "2.03"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("number.too-precise"));
    }
}
