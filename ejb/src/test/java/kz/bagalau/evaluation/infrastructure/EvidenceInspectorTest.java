package kz.bagalau.evaluation.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class EvidenceInspectorTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    private static final byte[] JPG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0, 1};
    private static final byte[] JPG_WITH_ICC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE2, 0x0C, 0x58, 'I', 'C', 'C'};
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void should_recognise_the_five_accepted_kinds_by_content() throws Exception {
        assertThat(EvidenceInspector.inspect("act.pdf", PDF)).contains(EvidenceInspector.Kind.PDF);
        assertThat(EvidenceInspector.inspect("scan.PNG", PNG)).contains(EvidenceInspector.Kind.PNG);
        assertThat(EvidenceInspector.inspect("photo.jpeg", JPG)).contains(EvidenceInspector.Kind.JPG);
        assertThat(EvidenceInspector.inspect("scan.jpg", JPG_WITH_ICC)).contains(EvidenceInspector.Kind.JPG);
        assertThat(EvidenceInspector.inspect("report.docx", docx())).contains(EvidenceInspector.Kind.DOCX);
        assertThat(EvidenceInspector.inspect("table.xlsx", xlsx())).contains(EvidenceInspector.Kind.XLSX);
    }

    @Test
    void should_refuse_a_file_whose_name_lies_about_its_content() throws Exception {
        assertThat(EvidenceInspector.inspect("act.pdf", PNG)).isEmpty();
        assertThat(EvidenceInspector.inspect("table.docx", xlsx())).isEmpty();
        assertThat(EvidenceInspector.inspect("virus.pdf", "MZ\u0090\u0000 this is an exe".getBytes(StandardCharsets.ISO_8859_1)))
                .isEmpty();
    }

    @Test
    void should_refuse_other_kinds_even_when_named_as_accepted_ones() throws Exception {
        assertThat(EvidenceInspector.inspect("notes.pdf", "just text".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(EvidenceInspector.inspect("archive.xlsx", plainZip())).isEmpty();
        assertThat(EvidenceInspector.inspect("page.html", "<html></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
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
