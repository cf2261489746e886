package kz.bagalau.shared.infrastructure;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content of an uploaded sheet: the header (lower-cased, trimmed) and the data rows, each with the row
 * number the user sees in Excel or a text editor, so errors can point at sheet / row / column.
 */
public record Table(String sheetName, List<String> header, List<Row> rows) {

    public Table {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /**
     * One data row; {@code values} maps header names to trimmed cell text ("" for an empty cell). Columns in
     * {@code numbers} came from numeric cells of a workbook: their text is the cell's number written plainly
     * (a point, no grouping), not something a person typed.
     */
    public record Row(int number, Map<String, String> values, Set<String> numbers) {

        public Row {
            values = Map.copyOf(values);
            numbers = Set.copyOf(numbers);
        }

        public Row(int number, Map<String, String> values) {
            this(number, values, Set.of());
        }

        public boolean isNumber(String column) {
            return numbers.contains(column);
        }

        public String get(String column) {
            return values.getOrDefault(column, "");
        }

        public boolean isBlank() {
            return values.values().stream().allMatch(String::isBlank);
        }
    }
}
