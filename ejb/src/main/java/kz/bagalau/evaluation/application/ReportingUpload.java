package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import kz.bagalau.methodology.domain.RuleType;
import kz.bagalau.methodology.domain.ValueRange;
import kz.bagalau.shared.domain.DecimalText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.Table;

/**
 * Reads a filled-in reporting workbook against the body's form: every cell is checked (known indicator, a
 * direction still open, numbers, ranges, source 1-8, extra inputs) before anything is written, and each bad
 * cell is reported by sheet, row and column.
 */
final class ReportingUpload {

    private static final Set<String> YES = Set.of("1", "yes", "иә", "да", "true");
    private static final Set<String> NO = Set.of("0", "no", "жоқ", "нет", "false");

    private final Map<Long, List<ValueEntry>> entriesByDirection = new LinkedHashMap<>();
    private final List<ImportProblem> problems = new ArrayList<>();
    private final Locale locale;

    private ReportingUpload(Locale locale) {
        this.locale = locale;
    }

    Map<Long, List<ValueEntry>> entries() {
        return entriesByDirection;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    /** @param locale the language the figures typed as text are read in (numeric cells are exact numbers) */
    static ReportingUpload read(Table table, ReportingForm form, Locale locale) {
        ReportingUpload upload = new ReportingUpload(locale);
        for (String column : List.of("direction", "code", "actual", "target", "inputs", "comment", "source_type")) {
            if (!table.header().contains(column)) {
                upload.problems.add(new ImportProblem(table.sheetName(), 1, column, "import.column.missing",
                        List.of(column)));
            }
        }
        if (!upload.problems.isEmpty()) {
            return upload;
        }
        Map<String, DirectionView> directionOf = new HashMap<>();
        Map<String, ValueRow> rowOf = new HashMap<>();
        for (DirectionView d : form.directions()) {
            for (ValueRow v : d.rows()) {
                directionOf.put(d.direction() + "/" + v.code(), d);
                rowOf.put(d.direction() + "/" + v.code(), v);
            }
        }
        Set<String> seen = new HashSet<>();
        for (Table.Row r : table.rows()) {
            upload.readRow(table.sheetName(), r, directionOf, rowOf, seen);
        }
        return upload;
    }

    private void readRow(String sheet, Table.Row r, Map<String, DirectionView> directionOf, Map<String, ValueRow> rowOf,
                         Set<String> seen) {
        String key = r.get("direction") + "/" + r.get("code");
        DirectionView d = directionOf.get(key);
        if (d == null) {
            add(sheet, r, "code", "upload.indicator.unknown", r.get("code"));
            return;
        }
        if (!seen.add(key)) {
            add(sheet, r, "code", "import.code.duplicate", r.get("code"), "");
            return;
        }
        if (!d.state().editableByBody()) {
            add(sheet, r, "direction", "reporting.locked", d.direction());
            return;
        }
        ValueRow v = rowOf.get(key);
        int before = problems.size();
        ValueRange range = ValueRange.of(v.unit(), v.ruleType(), v.minValue(), v.maxValue());
        DecimalText.Bounds bounds = range.whole() ? DecimalText.Bounds.WHOLE : DecimalText.Bounds.FIGURE;
        BigDecimal actual = v.ruleType() == RuleType.YES_NO ? yesNo(sheet, r) : number(sheet, r, "actual", bounds);
        BigDecimal target = number(sheet, r, "target", bounds);
        Map<String, BigDecimal> inputs = inputs(sheet, r, v);
        int source = r.get("source_type").isBlank() ? v.defaultSourceType() : sourceType(sheet, r);
        if (problems.size() == before) {
            range.refusal(actual).ifPresent(refusal -> add(sheet, r, "actual", refusal,
                    ValueRange.shown(range.min()), ValueRange.shown(range.max())));
        }
        if (problems.size() == before) {
            entriesByDirection.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(new ValueEntry(v.indicatorId(),
                    actual, target, inputs, r.get("comment"), source));
        }
    }

    /** A figure of the sheet: a numeric cell as its exact number, text as a person typed it in the language. */
    private BigDecimal number(String sheet, Table.Row r, String column, DecimalText.Bounds bounds) {
        String text = r.get(column);
        try {
            return r.isNumber(column) ? DecimalText.check(new BigDecimal(text), bounds, column, text)
                    : DecimalText.parse(text, locale, bounds, column);
        } catch (RuleViolation e) {
            problems.add(new ImportProblem(sheet, r.number(), column, e.messageKey(), e.arguments()));
            return null;
        }
    }

    private BigDecimal yesNo(String sheet, Table.Row r) {
        String text = r.get("actual").strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (YES.contains(text) || text.equals("1.0")) {
            return BigDecimal.ONE;
        }
        if (NO.contains(text) || text.equals("0.0")) {
            return BigDecimal.ZERO;
        }
        add(sheet, r, "actual", "upload.yesno.invalid", r.get("actual"));
        return null;
    }

    private int sourceType(String sheet, Table.Row r) {
        try {
            int s = new BigDecimal(r.get("source_type").strip()).intValueExact();
            if (s >= 1 && s <= 8) {
                return s;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        add(sheet, r, "source_type", "reporting.source.invalid", r.get("source_type"));
        return 0;
    }

    private Map<String, BigDecimal> inputs(String sheet, Table.Row r, ValueRow v) {
        Map<String, BigDecimal> inputs = new HashMap<>();
        String text = r.get("inputs").strip();
        if (text.isEmpty()) {
            return inputs;
        }
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            String name = kv[0].strip();
            if (part.isBlank() || kv.length == 2 && kv[1].isBlank() && v.extraInputs().contains(name)) {
                continue;
            }
            if (kv.length != 2 || !v.extraInputs().contains(name)) {
                add(sheet, r, "inputs", "upload.inputs.invalid", part.strip(), String.join(", ", v.extraInputs()));
                continue;
            }
            try {
                inputs.put(name, DecimalText.parse(kv[1], locale, DecimalText.Bounds.FIGURE, name));
            } catch (RuleViolation e) {
                problems.add(new ImportProblem(sheet, r.number(), "inputs", e.messageKey(), e.arguments()));
            }
        }
        return inputs;
    }

    private void add(String sheet, Table.Row r, String column, String key, Object... args) {
        problems.add(new ImportProblem(sheet, r.number(), column, key,
                java.util.Arrays.stream(args).map(String::valueOf).toList()));
    }
}
