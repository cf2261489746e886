package kz.bagalau.evaluation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import kz.bagalau.shared.domain.RuleViolation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConclusionPdfTest {

    private static final ConclusionPdf PDF = new ConclusionPdf();

    private static Map<String, Object> model() {
        return Map.ofEntries(
                Map.entry("draft", false), Map.entry("region", "Қарағанды облысы"),
                Map.entry("body", "Әлеуметтік бағдарламалар басқармасы"), Map.entry("bodyCode", "EMPL"),
                Map.entry("year", 2025), Map.entry("direction", 4),
                Map.entry("directionName", "Мемлекеттік қызметтер көрсету"), Map.entry("version", 1),
                Map.entry("correction", false), Map.entry("score", "88.4"),
                Map.entry("criteria", List.of(Map.of("code", "4.1", "name", "Қызметтердің қолжетімділігі",
                        "score", "88.4", "indicators", List.of(Map.of("code", "4.01",
                                "name", "Ұсынылған қызметтер", "unit", "%", "actual", "96", "target", "100",
                                "source", "1", "verification", "қабылданды", "points", "9.6", "maxPoints", "10",
                                "previousPoints", "9.1"))))),
                Map.entry("followupResults", "Ұсынымдар орындалды"),
                Map.entry("findings", "Көрсеткіштер өсті: ә ғ қ ң ө ұ ү һ і"),
                Map.entry("recommendations", "Қол жеткізілген деңгейді сақтау <script>alert(1)</script>"));
    }

    @Test
    void should_render_kazakh_letters_that_can_be_read_back_from_the_pdf() throws Exception {
        byte[] pdf = PDF.render(JpaConclusionTemplates.shipped("kk"), model());

        String text = text(pdf);
        assertThat(text).contains("ә ғ қ ң ө ұ ү һ і", "Қарағанды облысы", "Әлеуметтік бағдарламалар басқармасы",
                "Тиімділікті бағалау нәтижелері туралы қорытынды");
    }

    @Test
    void should_lay_out_the_russian_and_english_templates_too() throws Exception {
        assertThat(text(PDF.render(JpaConclusionTemplates.shipped("ru"), model())))
                .contains("Заключение о результатах оценки эффективности", "Выводы и рекомендации");
        assertThat(text(PDF.render(JpaConclusionTemplates.shipped("en"), model())))
                .contains("Findings and recommendations", "Қарағанды облысы");
    }

    @Test
    void should_escape_text_so_a_conclusion_cannot_inject_markup() throws Exception {
        String text = text(PDF.render(JpaConclusionTemplates.shipped("en"), model()));

        assertThat(text).contains("<script>alert(1)</script>");
    }

    @ParameterizedTest(name = "the {0} running footer is set in the portal's font, not as #")
    @ValueSource(strings = {"kk", "ru", "en"})
    void should_print_the_running_footer_in_every_language(String language) throws Exception {
        String text = text(PDF.render(JpaConclusionTemplates.shipped(language), model()));

        assertThat(text).doesNotContain("###").contains("47");
        assertThat(text).containsAnyOf("тармағы", "пункту", "paragraph");
    }

    @Test
    @DisplayName("Emoji, Arabic and Hebrew typed into a conclusion come out as typed, in reading order")
    void should_keep_emoji_arabic_and_hebrew_as_typed() throws Exception {
        Map<String, Object> model = new java.util.HashMap<>(model());
        model.put("findings", "Жақсы 😀 ☺ · العربية نص · עברית טקסט");

        String text = text(PDF.render(JpaConclusionTemplates.shipped("kk"), model));

        assertThat(text).contains("😀", "☺", "العربية", "עברית", "טקסט");
    }

    @Test
    void should_refuse_a_broken_layout_with_the_reason() {
        assertThatThrownBy(() -> PDF.validate("<html><body>{{#criteria}}</body></html>", model()))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("template.section.unbalanced");
        assertThatThrownBy(() -> PDF.validate("<html><body><p>unclosed</body></html>", model()))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("template.render");
        assertThatThrownBy(() -> PDF.validate(" ", model()))
                .isInstanceOf(RuleViolation.class).hasMessageStartingWith("template.empty");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
