package kz.bagalau.shared.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX workbook (Apache POI) or a UTF-8 CSV file (Apache Commons CSV, comma or
 * semicolon, as Excel writes it in Russian and Kazakh locales). The type is decided by the content, not the
 * name: an XLSX must be a ZIP container POI can open, a CSV must be valid UTF-8 text without NUL bytes.
 */
public final class TableReader {

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private TableReader() {
    }

    public static Table read(String fileName, byte[] content, long maxBytes) throws UnreadableFileException {
        if (content.length == 0) {
            throw new UnreadableFileException("upload.empty", fileName);
        }
        if (content.length > maxBytes) {
            throw new UnreadableFileException("upload.too-large", fileName);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            if (!startsWith(content, ZIP_MAGIC)) {
                throw new UnreadableFileException("upload.type.mismatch", fileName);
            }
            return readXlsx(content);
        }
        if (name.endsWith(".csv")) {
            return readCsv(decodeUtf8(content, fileName));
        }
        throw new UnreadableFileException("upload.type.unsupported", fileName);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decodeUtf8(byte[] content, String fileName) throws UnreadableFileException {
        for (byte b : content) {
            if (b == 0) {
                throw new UnreadableFileException("upload.type.mismatch", fileName);
            }
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("upload.csv.encoding", fileName);
        }
    }

    private static Table readCsv(String text) throws UnreadableFileException {
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
                ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                if (header == null) {
                    header = cells.stream().map(TableReader::headerName).toList();
                    continue;
                }
                rows.add(row((int) parser.getCurrentLineNumber(), header, cells));
            }
            if (header == null) {
                throw new UnreadableFileException("upload.empty", "csv");
            }
            return new Table("CSV", header, rows.stream().filter(r -> !r.isBlank()).toList());
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new UnreadableFileException("upload.csv.malformed", e.getMessage());
        }
    }

    private static Table readXlsx(byte[] content) throws UnreadableFileException {
        // Guards against zip bombs: refuse entries that expand more than 100-fold.
        ZipSecureFile.setMinInflateRatio(0.01);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("upload.empty", "xlsx");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            List<Table.Row> rows = new ArrayList<>();
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                List<String> cells = new ArrayList<>();
                Set<Integer> numeric = new HashSet<>();
                int last = Math.max(r.getLastCellNum(), header == null ? 0 : header.size());
                for (int c = 0; c < last; c++) {
                    Cell cell = r.getCell(c);
                    if (isNumber(cell)) {
                        numeric.add(c);
                        cells.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
                    } else {
                        cells.add(cellText(cell, formatter));
                    }
                }
                if (header == null) {
                    header = cells.stream().map(TableReader::headerName).toList();
                    continue;
                }
                rows.add(row(r.getRowNum() + 1, header, cells, numeric));
            }
            if (header == null) {
                throw new UnreadableFileException("upload.empty", sheet.getSheetName());
            }
            return new Table(sheet.getSheetName(), header, rows.stream().filter(x -> !x.isBlank()).toList());
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("upload.xlsx.malformed", String.valueOf(e.getMessage()));
        }
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO_DATE);
        }
        if (cell.getCellType() == CellType.FORMULA) {
            return formatter.formatCellValue(cell, cell.getSheet().getWorkbook().getCreationHelper()
                    .createFormulaEvaluator()).strip();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static Table.Row row(int number, List<String> header, List<String> cells) {
        return row(number, header, cells, Set.of());
    }

    private static Table.Row row(int number, List<String> header, List<String> cells, Set<Integer> numeric) {
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isEmpty()) {
                values.put(header.get(i), i < cells.size() ? cells.get(i).strip() : "");
                if (numeric.contains(i)) {
                    numbers.add(header.get(i));
                }
            }
        }
        return new Table.Row(number, values, numbers);
    }

    /** A cell holding a number (not a date, not text, not a formula's text), read as its exact value. */
    private static boolean isNumber(Cell cell) {
        return cell != null && cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)
                && Double.isFinite(cell.getNumericCellValue());
    }

    private static String headerName(String cell) {
        return cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
    }
}
