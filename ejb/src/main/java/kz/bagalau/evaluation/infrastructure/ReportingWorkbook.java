package kz.bagalau.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import kz.bagalau.evaluation.application.DirectionView;
import kz.bagalau.evaluation.application.ReportingForm;
import kz.bagalau.evaluation.application.ReportingSpreadsheet;
import kz.bagalau.evaluation.application.ValueRow;
import kz.bagalau.methodology.application.UnitGlossary;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The reporting form as an XLSX workbook (Apache POI): one row per indicator of every direction still open
 * for editing, with the figures saved so far, in exactly the columns the upload reads back.
 */
@ApplicationScoped
public class ReportingWorkbook implements ReportingSpreadsheet {

    public static final List<String> COLUMNS = List.of("direction", "code", "indicator", "unit", "actual", "target",
            "inputs", "comment", "source_type");

    @Override
    public byte[] write(ReportingForm form, Locale locale) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("values");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(COLUMNS.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (DirectionView d : form.directions()) {
                if (!d.state().editableByBody()) {
                    continue;
                }
                for (ValueRow v : d.rows()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(d.direction());
                    row.createCell(1).setCellValue(v.code());
                    row.createCell(2).setCellValue(v.name(locale));
                    row.createCell(3).setCellValue(UnitGlossary.nameOf(locale, v.unit()));
                    number(row, 4, v.actual());
                    number(row, 5, v.target());
                    row.createCell(6).setCellValue(v.extraInputs().isEmpty() ? ""
                            : v.extraInputs().stream().map(n -> n + "=" + plain(v.inputs().get(n)))
                            .collect(Collectors.joining("; ")));
                    row.createCell(7).setCellValue(v.comment() == null ? "" : v.comment());
                    row.createCell(8).setCellValue(v.sourceType());
                }
            }
            sheet.setColumnWidth(2, 70 * 256);
            sheet.setColumnWidth(6, 30 * 256);
            sheet.setColumnWidth(7, 40 * 256);
            sheet.createFreezePane(0, 1);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value == null) {
            row.createCell(column);
        } else {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static String plain(BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }
}
