package kz.bagalau.evaluation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import kz.bagalau.evaluation.domain.LayoutKind;
import kz.bagalau.evaluation.infrastructure.ConclusionPdf;
import kz.bagalau.evaluation.infrastructure.JpaConclusionTemplates;
import kz.bagalau.shared.domain.RuleViolation;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ¶50: the shipped general-evaluation and commission layouts pass their own checks and draw their sample. */
class RegionDocumentModelTest {

    private static final ConclusionPdf PDF = new ConclusionPdf();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({"GENERAL_EVALUATION, kk, жалпы бағалау", "GENERAL_EVALUATION, ru, общей оценке",
            "GENERAL_EVALUATION, en, general evaluation", "COMMISSION_CONCLUSION, kk, сараптамалық қорытындысы",
            "COMMISSION_CONCLUSION, ru, Экспертное заключение", "COMMISSION_CONCLUSION, en, Expert conclusion"})
    @DisplayName("¶50: each shipped layout of the region's year documents draws its sample in its language")
    void should_draw_the_shipped_layouts(LayoutKind kind, String language, String title) throws Exception {
        Locale locale = Locale.forLanguageTag(language);
        byte[] pdf = PDF.render(kind, JpaConclusionTemplates.shipped(kind, language),
                RegionDocumentModel.sample(kind, locale));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(title).contains("SAMPLE");
        }
    }

    @Test
    @DisplayName("¶50: a layout may use only its own document's variables")
    void should_refuse_another_documents_variables() {
        assertThatThrownBy(() -> PDF.render(LayoutKind.GENERAL_EVALUATION, "<html><body>{{bodyCode}}</body></html>",
                RegionDocumentModel.sample(LayoutKind.GENERAL_EVALUATION, Locale.ENGLISH)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("template.variable.unknown"));
        assertThatThrownBy(() -> PDF.render(LayoutKind.DIRECTION_CONCLUSION, "<html><body>{{meanTotal}}</body></html>",
                RegionDocumentModel.sample(LayoutKind.COMMISSION_CONCLUSION, Locale.ENGLISH)))
                .isInstanceOf(RuleViolation.class);
    }
}
