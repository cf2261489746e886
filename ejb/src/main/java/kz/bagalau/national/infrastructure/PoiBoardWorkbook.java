package kz.bagalau.national.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import kz.bagalau.national.application.BoardWorkbook;
import kz.bagalau.national.application.ProgressBoard;
import kz.bagalau.shared.infrastructure.Texts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The progress board as one sheet, as the page shows it: per region the reporting figures, the deadline risk, and
 * per step its status, due date and completion (dates in the region's own time zone), numbers as numbers.
 */
@ApplicationScoped
public class PoiBoardWorkbook implements BoardWorkbook {

    private static final DateTimeFormatter DONE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Override
    public byte[] write(ProgressBoard board, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(String.valueOf(board.year()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            int c = 0;
            for (String key : new String[] {"board.region", "summary.expected", "board.reporting", "board.onTime",
                "board.risk"}) {
                header.createCell(c++).setCellValue(Texts.get(locale, key));
            }
            for (String step : board.steps()) {
                String name = Texts.get(locale, "cycleStep." + step);
                header.createCell(c++).setCellValue(name);
                header.createCell(c++).setCellValue(name + " · " + Texts.get(locale, "board.due"));
                header.createCell(c++).setCellValue(name + " · " + Texts.get(locale, "board.done"));
            }
            header.forEach(cell -> cell.setCellStyle(bold));
            int r = 1;
            for (ProgressBoard.Row line : board.rows()) {
                Row row = sheet.createRow(r++);
                ZoneId zone = ZoneId.of(line.region().timeZone());
                row.createCell(0).setCellValue(line.region().name(locale));
                row.createCell(1).setCellValue(line.progress().bodiesExpected());
                row.createCell(2).setCellValue(line.progress().bodiesSubmitted());
                row.createCell(3).setCellValue(line.progress().bodiesOnTime());
                row.createCell(4).setCellValue(line.risk() == null ? ""
                        : Texts.get(locale, "risk." + line.risk().level()));
                int i = 5;
                for (ProgressBoard.Cell cell : line.cells()) {
                    row.createCell(i++).setCellValue(cell.status() == null ? ""
                            : Texts.get(locale, "stepStatus." + cell.status()));
                    row.createCell(i++).setCellValue(cell.detail() == null ? "" : cell.detail().deadline().toString());
                    row.createCell(i++).setCellValue(cell.detail() == null || cell.detail().doneAt() == null ? ""
                            : DONE.format(cell.detail().doneAt().atZone(zone)));
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            sheet.createFreezePane(1, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
