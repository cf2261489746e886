package kz.bagalau.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import kz.bagalau.registry.application.BodyListSpreadsheet;
import kz.bagalau.registry.application.BodySummary;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the registry as an XLSX workbook in exactly the columns the import reads, so an administrator can
 * download the list, correct it in Excel and upload it back.
 */
@ApplicationScoped
public class BodyWorkbook implements BodyListSpreadsheet {

    @Override
    public byte[] write(List<String> columns, List<BodySummary> bodies) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("bodies");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                header.createCell(i).setCellValue(columns.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int r = 1;
            for (BodySummary b : bodies) {
                Row row = sheet.createRow(r++);
                String[] values = {b.code(), b.nameKk(), b.nameRu(), b.nameEn(), b.type().name(),
                    b.evaluatorFunction().name(), b.status().name(),
                    b.statusDate() == null ? "" : b.statusDate().toString(),
                    b.successorCode() == null ? "" : b.successorCode(),
                    b.headName() == null ? "" : b.headName(), b.email() == null ? "" : b.email()};
                for (int i = 0; i < values.length; i++) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, i >= 1 && i <= 3 ? 60 * 256 : 20 * 256);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
