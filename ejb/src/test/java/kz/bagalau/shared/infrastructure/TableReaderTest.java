package kz.bagalau.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableReaderTest {

    @Test
    void should_read_a_semicolon_csv_with_a_byte_order_mark_as_excel_writes_it() throws UnreadableFileException {
        byte[] csv = "\uFEFFCode;Name_KK\nEDU;Білім басқармасы\n\n".getBytes(StandardCharsets.UTF_8);

        Table table = TableReader.read("list.csv", csv, 1000);

        assertThat(table.header()).containsExactly("code", "name_kk");
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(2);
            assertThat(r.get("name_kk")).isEqualTo("Білім басқармасы");
        });
    }

    @Test
    void should_read_the_first_sheet_of_a_workbook_with_dates_and_row_numbers() throws Exception {
        Table table = TableReader.read("list.xlsx", workbook(), 1_000_000);

        assertThat(table.sheetName()).isEqualTo("bodies");
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(r.get("code")).isEqualTo("EDU");
            assertThat(r.get("status_date")).isEqualTo("2025-03-15");
        });
    }

    @Test
    void should_refuse_content_that_does_not_match_the_name() {
        byte[] pdf = "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> TableReader.read("list.xlsx", pdf, 1000))
                .isInstanceOf(UnreadableFileException.class).hasMessageStartingWith("upload.type.mismatch");
        assertThatThrownBy(() -> TableReader.read("list.csv", new byte[] {'a', 0, 'b'}, 1000))
                .hasMessageStartingWith("upload.type.mismatch");
        assertThatThrownBy(() -> TableReader.read("list.csv", new byte[] {(byte) 0xC3, (byte) 0x28}, 1000))
                .hasMessageStartingWith("upload.csv.encoding");
        assertThatThrownBy(() -> TableReader.read("list.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2}, 1000))
                .hasMessageStartingWith("upload.xlsx.malformed");
    }

    @Test
    void should_refuse_empty_too_large_and_unsupported_files() {
        assertThatThrownBy(() -> TableReader.read("a.csv", new byte[0], 10)).hasMessageStartingWith("upload.empty");
        assertThatThrownBy(() -> TableReader.read("a.csv", new byte[11], 10)).hasMessageStartingWith("upload.too-large");
        assertThatThrownBy(() -> TableReader.read("a.txt", new byte[] {'x'}, 10))
                .hasMessageStartingWith("upload.type.unsupported");
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("bodies");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("code");
            header.createCell(1).setCellValue("status_date");
            sheet.createRow(1);
            Row row = sheet.createRow(2);
            row.createCell(0).setCellValue("EDU");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd.mm.yyyy"));
            row.createCell(1).setCellValue(LocalDate.of(2025, 3, 15));
            row.getCell(1).setCellStyle(date);
            wb.write(out);
            return out.toByteArray();
        }
    }
}
