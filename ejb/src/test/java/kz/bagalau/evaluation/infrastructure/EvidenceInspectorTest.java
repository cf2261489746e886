package kz.bagalau.evaluation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import kz.bagalau.evaluation.domain.DocumentKind;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class EvidenceInspectorTest {

    private static final EvidenceInspector INSPECTOR = new EvidenceInspector();

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1};
    private static final byte[] JPG_WITH_ICC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE2, 0x0C, 0x58, 'I', 'C', 'C'};
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void should_recognise_the_five_accepted_kinds_by_content() throws Exception {
        assertThat(INSPECTOR.inspect("act.pdf", PDF)).contains(DocumentKind.PDF);
        assertThat(INSPECTOR.inspect("scan.PNG", PNG)).contains(DocumentKind.PNG);
        assertThat(INSPECTOR.inspect("photo.jpeg", JPG)).contains(DocumentKind.JPG);
        assertThat(INSPECTOR.inspect("scan.jpg", JPG_WITH_ICC)).contains(DocumentKind.JPG);
        assertThat(INSPECTOR.inspect("report.docx", docx())).contains(DocumentKind.DOCX);
        assertThat(INSPECTOR.inspect("table.xlsx", xlsx())).contains(DocumentKind.XLSX);
    }

    @Test
    void should_refuse_a_file_whose_name_lies_about_its_content() throws Exception {
        assertThat(INSPECTOR.inspect("act.pdf", PNG)).isEmpty();
        assertThat(INSPECTOR.inspect("table.docx", xlsx())).isEmpty();
        assertThat(INSPECTOR.inspect("virus.pdf", "MZ\u0090\u0000 this is an exe".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
    }

    @Test
    void should_refuse_other_kinds_even_when_named_as_accepted_ones() throws Exception {
        assertThat(INSPECTOR.inspect("notes.pdf", "just text".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(INSPECTOR.inspect("archive.xlsx", plainZip())).isEmpty();
        assertThat(INSPECTOR.inspect("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    private static byte[] docx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Растаушы құжат");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("a").createRow(0).createCell(0).setCellValue(1);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] plainZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
