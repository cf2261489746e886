package kz.bagalau.shared.infrastructure;

import java.util.List;
import java.util.Map;

/**
 * The content of an uploaded sheet: the header (lower-cased, trimmed) and the data rows, each with the row
 * number the user sees in Excel or a text editor, so errors can point at sheet / row / column.
 */
public record Table(String sheetName, List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One data row; {@code values} maps header names to trimmed cell text ("" for an empty cell). */
    public record Row(int number, Map<String, String> values) {

        public Row {
            values = Map.copyOf(values);
        }

        public String get(String column) {
            return values.getOrDefault(column, "");
        }

        public boolean isBlank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }
}
