package kz.bagalau.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.List;
import java.util.Locale;
import kz.bagalau.evaluation.application.ConclusionLayouts;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.ConclusionView;
import kz.bagalau.evaluation.application.DirectionView;
import kz.bagalau.evaluation.application.ReportingForm;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.methodology.application.GuidanceService;
import kz.bagalau.methodology.application.GuidanceView;
import kz.bagalau.methodology.application.MethodologyAuthoring;
import kz.bagalau.methodology.application.MethodologyCatalog;
import kz.bagalau.methodology.application.MethodologyView;
import kz.bagalau.methodology.domain.Applicability;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.FormulaRule;
import kz.bagalau.methodology.domain.IndicatorDefinition;
import kz.bagalau.methodology.domain.MethodologyStatus;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.ConcurrentChange;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import kz.bagalau.testsupport.PortalClient;
import kz.bagalau.testsupport.Sql;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import kz.bagalau.evaluation.domain.LayoutKind;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Conclusions (¶47), their PDFs, the Excel round-trip and the ministry's formula check. */
@ExtendWith(ArquillianExtension.class)
class ConclusionIT {

    static final String REGION = "pavlodar";
    static final int YEAR = 2026;

    @ArquillianResource
    URL url;

    @Inject
    Callers callers;

    @Inject
    EvaluationFixture fixture;

    @Inject
    ReportingService reporting;

    @Inject
    ConclusionService conclusions;

    @Inject
    MethodologyAuthoring authoring;

    @Inject
    MethodologyCatalog catalog;

    @Inject
    ConclusionLayouts layouts;

    @Inject
    GuidanceService guidance;

    @Test
    void should_keep_a_sent_conclusion_immutable_in_the_service_and_in_the_database_per_paragraph_47() throws Exception {
        ConclusionView sent = sentConclusion(fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT), 5);

        callers.as(REGION + ".apparatus", () -> {
            assertThatThrownBy(() -> conclusions.saveDraft(sent.directionEvaluationId(), null, "x", "changed", "y"))
                    .isInstanceOf(RuleViolation.class);
        });
        try (Connection c = Sql.asApplication()) {
            c.setAutoCommit(false);
            Sql.tenant(c, REGION);
            assertThatThrownBy(() -> Sql.update(c, "update conclusion set findings = 'rewritten' where id = ?", sent.id()))
                    .hasMessageContaining("immutable");
            c.rollback();
        }
        ConclusionView reread = callers.as(REGION + ".apparatus", () -> conclusions.get(sent.id()));
        assertThat(reread.findings()).isEqualTo(sent.findings());
        assertThat(reread.sentBy()).isEqualTo(REGION + ".apparatus");
    }

    @Test
    void should_refuse_to_send_before_every_value_is_verified_and_scored() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        DirectionView d = fixture.submitAll(body.username(), YEAR).directions().get(4);

        callers.as(REGION + ".apparatus", () -> {
            ConclusionView draft = conclusions.saveDraft(d.id(), null, "", "Тұжырымдар", "");
            assertThatThrownBy(() -> conclusions.send(draft.id())).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("conclusion.values.pending"));
        });
    }

    @Test
    @DisplayName("¶55: reading a conclusion records no receipt, whoever reads; only the body's own confirmation does")
    void should_record_receipt_only_by_the_bodys_confirmation_per_paragraph_55() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ConclusionView sent = sentConclusion(body, 2);

        callers.as(REGION + ".apparatus", () -> {
            conclusions.get(sent.id());
            conclusions.pdf(sent.id(), Locale.ENGLISH);
            conclusions.versions(sent.directionEvaluationId());
        });
        callers.as("ministry", () -> TenantContext.callAs(TenantAccess.readOnly(REGION), () -> {
            conclusions.get(sent.id());
            return conclusions.pdf(sent.id(), Locale.ENGLISH);
        }));
        callers.as(body.username(), () -> {
            conclusions.get(sent.id());
            conclusions.pdf(sent.id(), Locale.ENGLISH);
        });
        assertThat(callers.as(REGION + ".apparatus", () -> conclusions.get(sent.id())).receivedAt()).isNull();

        assertThatThrownBy(() -> callers.as(REGION + ".apparatus", () -> conclusions.confirmReceipt(sent.id())))
                .isInstanceOf(EJBAccessException.class);
        ConclusionView received = callers.as(body.username(), () -> conclusions.confirmReceipt(sent.id()));
        assertThat(received.receivedAt()).isNotNull();
    }

    @Test
    @DisplayName("¶55: a link that makes the body's browser download the PDF records no receipt")
    void should_record_no_receipt_when_the_body_downloads_the_pdf_by_a_link() throws Exception {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ConclusionView sent = sentConclusion(body, 2);
        PortalClient browser = new PortalClient(url);
        assertThat(browser.logIn(body.username(), "demo")).isTrue();

        HttpResponse<String> pdf = browser.get("/app/download/conclusion/" + sent.id() + ".pdf?lang=kk");

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(callers.as(body.username(), () -> conclusions.get(sent.id())).receivedAt()).isNull();
    }

    @Test
    @DisplayName("¶50: a layout that includes files or fetches URLs is refused, and the refusal names no server path")
    void should_refuse_a_layout_that_reads_files_or_fetches_urls() {
        for (String layout : List.of("<html><body>{{> META-INF/microprofile-config.properties}}</body></html>",
                "<html><body>{{> README.md}}</body></html>",
                "<html><head><link href=\"http://127.0.0.1:8080/openapi\" rel=\"stylesheet\"/></head><body/></html>",
                "<html><body><img src=\"file:///etc/passwd\"/></body></html>",
                "<html><body><img src=\"data:image/png;base64,AAAA\"/></body></html>")) {
            callers.as("ministry", () -> {
                assertThatThrownBy(() -> layouts.preview(LayoutKind.GENERAL_EVALUATION, "kk", layout)).isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(String.join(" ", e.arguments())).doesNotContain("/work", "/tmp", "/root"));
                assertThatThrownBy(() -> layouts.save(LayoutKind.COMMISSION_CONCLUSION, "kk", layout)).isInstanceOf(RuleViolation.class);
            });
        }
        assertThat(callers.as("ministry", () -> layouts.current(LayoutKind.COMMISSION_CONCLUSION, "kk"))).doesNotContain("README", "127.0.0.1");
    }

    @Test
    @DisplayName("¶47: sending is one act; when it is refused, the texts typed for it are not saved either")
    void should_save_nothing_when_sending_is_refused() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        DirectionView d = fixture.submitAll(body.username(), YEAR).directions().get(4);

        callers.as(REGION + ".apparatus", () -> {
            assertThatThrownBy(() -> conclusions.saveAndSend(d.id(), null, "", "Тұжырымдар", "Ұсыным"))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("conclusion.values.pending"));
            assertThat(conclusions.versions(d.id())).isEmpty();
        });
    }

    @Test
    @DisplayName("Two evaluators edit one draft: the later save, made on what the other has since changed, is refused")
    void should_refuse_a_save_made_on_a_draft_someone_else_changed_meanwhile() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ReportingForm form = fixture.submitAll(body.username(), YEAR);
        fixture.acceptAndScore(REGION, form);
        DirectionView d = form.directions().stream().filter(x -> x.direction() == 4).findFirst().orElseThrow();
        ConclusionView first = callers.as(REGION + ".apparatus",
                () -> conclusions.saveDraft(d.id(), null, "", "Бірінші нұсқа", ""));

        ConclusionView byColleague = callers.as(REGION + ".apparatus2",
                () -> conclusions.saveDraft(d.id(), first.lock(), "", "Әріптестің нұсқасы", ""));
        assertThatThrownBy(() -> callers.as(REGION + ".apparatus",
                () -> conclusions.saveDraft(d.id(), first.lock(), "", "Ескі беттен", "")))
                .isInstanceOf(ConcurrentChange.class);

        assertThat(callers.as(REGION + ".apparatus", () -> conclusions.versions(d.id())))
                .singleElement().satisfies(c -> {
                    assertThat(c.findings()).isEqualTo("Әріптестің нұсқасы");
                    assertThat(c.lock()).isEqualTo(byColleague.lock());
                });
    }

    @Test
    void should_hide_a_draft_conclusion_from_the_body_and_show_it_once_sent() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ConclusionView sent = sentConclusion(body, 6);

        List<ConclusionView> seenByBody = callers.as(body.username(), () -> conclusions.versions(sent.directionEvaluationId()));

        assertThat(seenByBody).singleElement().satisfies(c -> assertThat(c.sent()).isTrue());
    }

    @Test
    void should_render_the_conclusion_pdf_with_kazakh_letters_readable_back() throws Exception {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ConclusionView sent = sentConclusion(body, 2);
        PortalClient client = new PortalClient(url);

        HttpResponse<String> ignored = client.api("/api/v1/me", body.username());
        byte[] kk = callers.as(body.username(), () -> conclusions.pdf(sent.id(), java.util.Locale.forLanguageTag("kk")));
        byte[] ru = callers.as(body.username(), () -> conclusions.pdf(sent.id(), java.util.Locale.forLanguageTag("ru")));

        assertThat(ignored.statusCode()).isEqualTo(200);
        assertThat(text(kk)).contains("Тиімділікті бағалау нәтижелері туралы қорытынды", "Павлодар облысы",
                "Актілер мен тапсырмаларды орындау", "Ұсынымдар қазақ әріптерімен: ә ғ қ ң ө ұ ү һ і");
        assertThat(text(ru)).contains("Заключение о результатах оценки эффективности", "Павлодарская область");
    }

    @Test
    void should_round_trip_the_form_through_excel_and_write_nothing_when_a_cell_is_bad() throws Exception {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        byte[] template = callers.as(body.username(), () -> reporting.exportWorkbook(YEAR, java.util.Locale.ENGLISH));

        byte[] bad = edit(template, "1.03", "4,2", "abc");
        ImportResult refused = callers.as(body.username(), () -> reporting.importWorkbook(YEAR, "form.xlsx", bad, Locale.forLanguageTag("kk")));
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.problems()).extracting(ImportProblem::sheet, ImportProblem::column, ImportProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple("values", "source_type", "reporting.source.invalid"));
        assertThat(valueOf(body, "1.03")).isNull();

        byte[] good = edit(template, "1.03", "4,2", "5");
        ImportResult saved = callers.as(body.username(), () -> reporting.importWorkbook(YEAR, "form.xlsx", good, Locale.forLanguageTag("kk")));
        assertThat(saved.problems()).isEmpty();
        assertThat(valueOf(body, "1.03")).isEqualByComparingTo("4.2");
    }

    @Test
    @DisplayName("¶11: the ministry publishes methodological guidance every region reads and downloads; only the ministry publishes or withdraws")
    void should_publish_guidance_that_every_region_reads() {
        byte[] pdf = EvaluationFixture.PDF;
        GuidanceView published = callers.as("ministry", () -> guidance.publish("ru",
                "Методические рекомендации по направлению 4", "рекомендации.pdf", pdf));

        for (String reader : List.of(REGION + ".body1", "karaganda.expert", "abai.akim")) {
            assertThat(callers.as(reader, () -> guidance.list())).as(reader).extracting(GuidanceView::id)
                    .contains(published.id());
            assertThat(callers.as(reader, () -> guidance.download(published.id())).content()).as(reader)
                    .isEqualTo(pdf);
        }
        callers.as(REGION + ".apparatus", () -> {
            assertThatThrownBy(() -> guidance.publish("kk", "x", "x.pdf", pdf)).isInstanceOf(EJBAccessException.class);
            assertThatThrownBy(() -> guidance.withdraw(published.id())).isInstanceOf(EJBAccessException.class);
        });
        callers.as("ministry", () -> guidance.withdraw(published.id()));
        assertThat(callers.as(REGION + ".body1", () -> guidance.list())).extracting(GuidanceView::id)
                .doesNotContain(published.id());
        callers.as(REGION + ".body1", () -> assertThatThrownBy(() -> guidance.download(published.id()))
                .isInstanceOf(NotFoundException.class));
    }

    @Test
    void should_reject_a_bad_formula_when_the_direction_owner_saves_it() {
        MethodologyView draft = callers.as("owner-budget", () -> catalog.versions(2030).stream()
                .filter(m -> m.direction() == 3 && m.status() == MethodologyStatus.DRAFT).findFirst()
                .orElseGet(() -> authoring.startDraft(Direction.BUDGET, 2030, BigDecimal.valueOf(15))));
        MethodologyView withCriterion = draft.criteria().isEmpty()
                ? callers.as("owner-budget", () -> authoring.addCriterion(draft.id(), "9",
                        new LocalizedText("Өлшем", "Критерий", "Criterion"), BigDecimal.ONE))
                : draft;
        String criterion = withCriterion.criteria().get(0).code();

        callers.as("owner-budget", () -> {
            assertThatThrownBy(() -> authoring.saveIndicator(draft.id(), criterion, null, formula("9.90", "(planned - ")))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("methodology.formula.syntax"));
            assertThatThrownBy(() -> authoring.saveIndicator(draft.id(), criterion, null, formula("9.91", "planned / budget")))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("methodology.formula.unknown-input"));
        });
        assertThat(callers.as("owner-budget", () -> catalog.get(draft.id())).criteria().get(0).indicators())
                .extracting(i -> i.code()).doesNotContain("9.90", "9.91");
        assertThatThrownBy(() -> callers.as(REGION + ".apparatus", () -> authoring.startDraft(Direction.BUDGET, 2031, BigDecimal.TEN)))
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
    }

    private static IndicatorDefinition formula(String code, String expression) {
        return new IndicatorDefinition(code, new LocalizedText("Формула", "Формула", "Formula"), null, null, null, "%",
                Polarity.HIGHER, new FormulaRule(expression, List.of("planned", "contracted")), false, BigDecimal.ONE,
                BigDecimal.TEN, SourceType.BODY_REPORTS, false, Applicability.ALL, null, null);
    }

    private ConclusionView sentConclusion(EvaluationFixture.Created body, int direction) {
        ReportingForm form = fixture.submitAll(body.username(), YEAR);
        fixture.acceptAndScore(REGION, form);
        DirectionView d = form.directions().stream().filter(x -> x.direction() == direction).findFirst().orElseThrow();
        return callers.as(EvaluationFixture.evaluatorOf(REGION, d), () -> {
            ConclusionView draft = conclusions.saveDraft(d.id(), null, "Алдыңғы ұсынымдар орындалды",
                    "Көрсеткіштер жоспарға сәйкес", "Ұсынымдар қазақ әріптерімен: ә ғ қ ң ө ұ ү һ і");
            return conclusions.send(draft.id());
        });
    }

    private BigDecimal valueOf(EvaluationFixture.Created body, String code) {
        return callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(0).rows().stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow().actual();
    }

    private static byte[] edit(byte[] workbook, String code, String actual, String source) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook)); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && code.equals(row.getCell(1).getStringCellValue())) {
                    row.getCell(4).setCellValue(actual);
                    row.getCell(8).setCellValue(source);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
