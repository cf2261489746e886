package kz.bagalau.national.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.bagalau.national.application.NationalSummary;
import kz.bagalau.national.application.SummaryWorkbook;
import kz.bagalau.shared.infrastructure.Texts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The national summary as one sheet: a header row in the reader's language, one row per region, numbers as
 * numbers (so the ministry's analysts can compute with them), empty cells where a figure does not exist yet.
 */
@ApplicationScoped
public class PoiSummaryWorkbook implements SummaryWorkbook {

    @Override
    public byte[] write(NationalSummary summary, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(String.valueOf(summary.year()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            List<String> headers = headers(locale);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (NationalSummary.Row line : summary.rows()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(line.region().name(locale));
                row.createCell(1).setCellValue(line.stepReached() == null ? ""
                        : Texts.get(locale, "cycleStep." + line.stepReached()));
                List<Object> values = new ArrayList<>(List.of(line.deadlinesMet(), line.deadlinesLate(),
                        line.deadlinesMissed(), line.bodiesExpected(), line.bodiesSubmitted()));
                values.add(line.meanTotal());
                values.addAll(List.of(line.ratingHigh(), line.ratingMedium(), line.ratingLow(),
                        line.ratingIneffective()));
                values.addAll(line.directionMeans());
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Integer n) {
                        row.createCell(i + 2).setCellValue(n);
                    } else if (v instanceof BigDecimal d) {
                        row.createCell(i + 2).setCellValue(d.doubleValue());
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 40 * 256);
            sheet.createFreezePane(1, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> headers(Locale locale) {
        List<String> headers = new ArrayList<>();
        for (String key : List.of("board.region", "summary.stepReached", "summary.met", "stepStatus.LATE",
                "stepStatus.MISSED", "summary.expected", "board.reporting", "board.mean", "rating.HIGH", "rating.MEDIUM",
                "rating.LOW", "rating.INEFFECTIVE")) {
            headers.add(Texts.get(locale, key));
        }
        for (int n = 1; n <= 7; n++) {
            headers.add(n + ". " + Texts.get(locale, "direction." + n));
        }
        return headers;
    }
}
