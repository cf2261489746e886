package kz.bagalau.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Locale;
import kz.bagalau.cycle.application.CycleOverviewService;
import kz.bagalau.cycle.application.GeneralEvaluation;
import kz.bagalau.cycle.application.GeneralEvaluationService;
import kz.bagalau.cycle.application.YearDocumentService;
import kz.bagalau.evaluation.application.ConclusionLayouts;
import kz.bagalau.evaluation.domain.LayoutKind;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.PortalClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ¶50: the ministry sets the formats of the general-evaluation conclusion and of the commission's expert
 * conclusion, and a region produces both as PDF from its own data by those formats, for readers with the need.
 * Works on the demo's finished year 2025.
 */
@ExtendWith(ArquillianExtension.class)
class YearDocumentsIT {

    private static final String REGION = "kostanay";
    private static final int YEAR = 2025;

    @ArquillianResource
    URL url;

    @Inject
    Callers callers;

    @Inject
    ConclusionLayouts layouts;

    @Inject
    YearDocumentService documents;

    @Inject
    GeneralEvaluationService general;

    @Inject
    CycleOverviewService overviews;

    @Test
    @DisplayName("¶50, ¶12: the general-evaluation conclusion follows the format the ministry saved, in the reader's language")
    void should_lay_out_the_general_evaluation_by_the_ministrys_format() throws Exception {
        String layout = "<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><title>t</title></head><body>"
                + "<h1>ФОРМА-50 {{region}} {{year}}</h1><p>{{meanTotal}}</p>{{#bodies}}<p>{{place}}. {{name}} {{total}}</p>{{/bodies}}"
                + "</body></html>";
        int version = callers.as("ministry", () -> layouts.save(LayoutKind.GENERAL_EVALUATION, "ru", layout));
        assertThat(version).isPositive();
        GeneralEvaluation g = callers.as(REGION + ".planning", () -> general.view(YEAR));

        String ru = text(callers.as(REGION + ".planning", () -> documents.generalEvaluation(YEAR, Locale.forLanguageTag("ru"))));
        String kk = text(callers.as(REGION + ".akim", () -> documents.generalEvaluation(YEAR, Locale.forLanguageTag("kk"))));

        assertThat(ru).contains("ФОРМА-50").contains(String.valueOf(YEAR))
                .contains(g.lines().get(0).result().body().nameRu().substring(0, 10));
        assertThat(kk).as("the kk layout is still the shipped one").doesNotContain("ФОРМА-50")
                .contains("жалпы бағалау").contains(g.lines().get(0).result().body().nameKk().substring(0, 10));
    }

    @Test
    @DisplayName("¶50, ¶51: the commission's expert conclusion as PDF carries the commission's text and the results it concerns")
    void should_print_the_commissions_conclusion() throws Exception {
        String conclusion = callers.as(REGION + ".commission", () -> overviews.overview(YEAR)).commissionConclusion();

        String text = text(callers.as(REGION + ".commission", () -> documents.commissionConclusion(YEAR, Locale.ENGLISH)));

        assertThat(text).contains("Expert conclusion of the Regional Expert Commission")
                .contains(conclusion.strip().split("\\s+")[0]).contains("Mean total");
        assertThatThrownBy(() -> callers.as(REGION + ".commission", () -> documents.commissionConclusion(2026, Locale.ENGLISH)))
                .as("not concluded yet").isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("¶50, ¶9.2: a role without the need to know gets no year document, by service or by address (404)")
    void should_keep_the_documents_from_a_role_without_the_need() {
        assertThatThrownBy(() -> callers.as(REGION + ".body1", () -> documents.generalEvaluation(YEAR, Locale.ENGLISH)))
                .isInstanceOf(NotFoundException.class);
        PortalClient planning = new PortalClient(url);
        assertThat(planning.logIn(REGION + ".planning", "demo")).isTrue();
        HttpResponse<String> pdf = planning.get("/app/documents/general/" + YEAR + ".pdf?lang=en");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        PortalClient body = new PortalClient(url);
        assertThat(body.logIn(REGION + ".body1", "demo")).isTrue();
        assertThat(body.get("/app/documents/general/" + YEAR + ".pdf?lang=en").statusCode()).isEqualTo(404);
        assertThat(body.get("/app/documents/commission/" + YEAR + ".pdf").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("¶50: a broken general-evaluation or commission layout is refused before it is saved")
    void should_refuse_a_broken_layout() {
        callers.as("ministry", () -> {
            int before = layouts.currentVersion(LayoutKind.COMMISSION_CONCLUSION, "en");
            assertThatThrownBy(() -> layouts.save(LayoutKind.COMMISSION_CONCLUSION, "en",
                    "<html><body>{{#bodies}}<p>{{name}}</body></html>")).isInstanceOf(RuleViolation.class);
            assertThat(layouts.currentVersion(LayoutKind.COMMISSION_CONCLUSION, "en")).isEqualTo(before);
        });
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
