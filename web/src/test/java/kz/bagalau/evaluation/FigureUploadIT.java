package kz.bagalau.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The numbers issue's table through the Excel upload of the reporting form, in the real deployment: figures
 * typed as text in a cell are read in the user's language, numeric cells as their exact number, and a workbook
 * with any refused figure writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FigureUploadIT {

    private static final String REGION = "pavlodar";
    private static final int YEAR = 2026;
    private static final Locale KK = Locale.forLanguageTag("kk");
    private static final String PERCENT = "1.01";
    private static final String HOUSING = "1.06";

    @Inject
    Callers callers;

    @Inject
    EvaluationFixture fixture;

    @Inject
    ReportingService reporting;

    @Test
    @DisplayName("¶41: each typed figure of the table is stored as meant or refused, and a refusal writes nothing")
    void should_store_each_typed_figure_as_meant_or_refuse_it_and_write_nothing() throws Exception {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        byte[] template = callers.as(body.username(), () -> reporting.exportWorkbook(YEAR, Locale.ENGLISH));
        Map<String, String> meant = Map.of("12,5", "12.5", "12.5", "12.5", "87", "87");
        Map<String, String> refused = Map.of("1e309", "number.exponent", "99999999999999999999999",
                "number.too-large", "0,00001", "number.too-precise", "NaN", "number.not-finite", "-5",
                "reporting.value.range", "150", "reporting.value.range", "12.500", "number.ambiguous");
        List<String> wrong = new ArrayList<>();

        for (Map.Entry<String, String> e : meant.entrySet()) {
            ImportResult result = upload(body, text(template, PERCENT, e.getKey()));
            BigDecimal stored = valueOf(body, PERCENT);
            if (!result.problems().isEmpty() || stored == null || stored.compareTo(new BigDecimal(e.getValue())) != 0) {
                wrong.add(e.getKey() + " -> " + result.problems() + " stored " + stored);
            }
        }
        BigDecimal before = valueOf(body, PERCENT);
        for (Map.Entry<String, String> e : refused.entrySet()) {
            ImportResult result = upload(body, text(text(template, HOUSING, "2500"), PERCENT, e.getKey()));
            List<String> keys = result.problems().stream().map(p -> p.column() + ":" + p.messageKey()).toList();
            if (result.succeeded() || !keys.equals(List.of("actual:" + e.getValue()))) {
                wrong.add(e.getKey() + " -> " + keys);
            }
            if (valueOf(body, PERCENT).compareTo(before) != 0 || valueOf(body, HOUSING) != null) {
                wrong.add(e.getKey() + " wrote a figure");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    @DisplayName("¶41: a numeric cell is its exact number, whatever the language (1234.567 is not ambiguous there)")
    void should_read_a_numeric_cell_as_its_exact_number() throws Exception {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        byte[] template = callers.as(body.username(), () -> reporting.exportWorkbook(YEAR, Locale.ENGLISH));

        ImportResult result = upload(body, number(template, HOUSING, 1234.567));

        assertThat(result.problems()).isEmpty();
        assertThat(valueOf(body, HOUSING)).isEqualByComparingTo("1234.567");
    }

    private ImportResult upload(EvaluationFixture.Created body, byte[] workbook) {
        return callers.as(body.username(), () -> reporting.importWorkbook(YEAR, "form.xlsx", workbook, KK));
    }

    private BigDecimal valueOf(EvaluationFixture.Created body, String code) {
        return callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(0).rows().stream()
                .filter(r -> r.code().equals(code)).findFirst().orElseThrow().actual();
    }

    /** The workbook with {@code typed} as the text of the indicator's actual cell. */
    private static byte[] text(byte[] workbook, String code, String typed) throws Exception {
        return edit(workbook, code, row -> row.getCell(4, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(typed));
    }

    private static byte[] number(byte[] workbook, String code, double value) throws Exception {
        return edit(workbook, code, row -> row.getCell(4, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(value));
    }

    private static byte[] edit(byte[] workbook, String code, java.util.function.Consumer<Row> change) throws Exception {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && code.equals(row.getCell(1).getStringCellValue())) {
                    change.accept(row);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
