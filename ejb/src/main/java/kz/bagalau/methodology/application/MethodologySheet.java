package kz.bagalau.methodology.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.bagalau.methodology.domain.Applicability;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.IndicatorDefinition;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.RuleType;
import kz.bagalau.methodology.domain.ScoringRule;
import kz.bagalau.methodology.domain.ScoringRules;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.shared.domain.DecimalText;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.Table;

/**
 * A methodology as the ministry writes it in a spreadsheet: one row per indicator, with its direction and
 * criterion repeated. Every row is checked (rules and formulas included) before anything is built; the result
 * is one draft per direction found in the sheet, or the list of problems by row and column.
 */
public final class MethodologySheet {

    public static final List<String> COLUMNS = List.of("direction", "direction_weight", "criterion_code",
            "criterion_name_kk", "criterion_name_ru", "criterion_name_en", "criterion_weight", "code", "name_kk",
            "name_ru", "name_en", "unit", "polarity", "rule_type", "rule_params", "has_target", "weight", "max_points",
            "source_type", "evidence_required", "applies_to", "min_value", "max_value");
    private static final List<String> REQUIRED = COLUMNS.subList(0, 20);

    private record Row(int number, Direction direction, BigDecimal directionWeight, String criterionCode,
                       LocalizedText criterionName, BigDecimal criterionWeight, IndicatorDefinition definition) {
    }

    private final List<Row> rows;
    private final List<ImportProblem> problems;

    private MethodologySheet(List<Row> rows, List<ImportProblem> problems) {
        this.rows = rows;
        this.problems = problems;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** @param locale the language figures typed as text are read in (numeric cells are exact numbers) */
    public static MethodologySheet read(Table table, Locale locale) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String column : COLUMNS.subList(0, 21)) {
            if (!table.header().contains(column)) {
                problems.add(new ImportProblem(table.sheetName(), 1, column, "import.column.missing", List.of(column)));
            }
        }
        if (!problems.isEmpty()) {
            return new MethodologySheet(List.of(), problems);
        }
        List<Row> rows = new ArrayList<>();
        for (Table.Row r : table.rows()) {
            int before = problems.size();
            Cells cells = new Cells(table.sheetName(), r, problems, locale);
            REQUIRED.forEach(cells::required);
            if (problems.size() > before) {
                continue;
            }
            Direction direction = cells.parse("direction", v -> Direction.of(Integer.parseInt(v)));
            BigDecimal directionWeight = cells.figure("direction_weight");
            BigDecimal criterionWeight = cells.figure("criterion_weight");
            Polarity polarity = cells.parse("polarity", v -> Polarity.valueOf(v.toUpperCase(Locale.ROOT)));
            RuleType ruleType = cells.parse("rule_type", v -> RuleType.valueOf(v.toUpperCase(Locale.ROOT)));
            BigDecimal weight = cells.figure("weight");
            BigDecimal maxPoints = cells.figure("max_points");
            SourceType source = cells.parse("source_type", v -> SourceType.of(Integer.parseInt(v)));
            Applicability applies = r.get("applies_to").isBlank() ? Applicability.ALL
                    : cells.parse("applies_to", v -> Applicability.valueOf(v.toUpperCase(Locale.ROOT)));
            BigDecimal min = cells.figure("min_value");
            BigDecimal max = cells.figure("max_value");
            if (problems.size() > before) {
                continue;
            }
            try {
                ScoringRule rule = ScoringRules.parse(ruleType, r.get("rule_params"));
                IndicatorDefinition definition = new IndicatorDefinition(r.get("code"),
                        new LocalizedText(r.get("name_kk"), r.get("name_ru"), r.get("name_en")),
                        blankToNull(r.get("description_kk")), blankToNull(r.get("description_ru")),
                        blankToNull(r.get("description_en")), UnitGlossary.codeOf(r.get("unit")), polarity, rule,
                        Boolean.parseBoolean(r.get("has_target")), weight, maxPoints, source,
                        Boolean.parseBoolean(r.get("evidence_required")), applies, min, max);
                rows.add(new Row(r.number(), direction, directionWeight, r.get("criterion_code"),
                        new LocalizedText(r.get("criterion_name_kk"), r.get("criterion_name_ru"),
                                r.get("criterion_name_en")), criterionWeight, definition));
            } catch (RuleViolation e) {
                String column = e.messageKey().startsWith("methodology.formula") || e.messageKey().contains("rule")
                        || e.messageKey().contains("bands") || e.messageKey().contains("penalty") ? "rule_params" : "code";
                problems.add(new ImportProblem(table.sheetName(), r.number(), column, e.messageKey(), e.arguments()));
            }
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add(ImportProblem.ofFile("import.no.rows"));
        }
        return new MethodologySheet(rows, problems);
    }

    /** One draft per direction in the sheet, for {@code year}; only when the sheet has no problems. */
    public Map<Direction, Methodology> drafts(int year, Map<Direction, Integer> nextVersions, String by, Instant now) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The sheet has problems; nothing can be built from it");
        }
        Map<Direction, Methodology> drafts = new EnumMap<>(Direction.class);
        Map<Direction, Map<String, Boolean>> criteria = new EnumMap<>(Direction.class);
        for (Row row : rows) {
            Methodology m = drafts.computeIfAbsent(row.direction(), d -> Methodology.draft(d, year,
                    nextVersions.getOrDefault(d, 1), row.directionWeight(), null, by, now));
            Map<String, Boolean> known = criteria.computeIfAbsent(row.direction(), d -> new LinkedHashMap<>());
            if (known.putIfAbsent(row.criterionCode(), Boolean.TRUE) == null) {
                m.addCriterion(row.criterionCode(), row.criterionName(), row.criterionWeight());
            }
            m.addIndicator(row.criterionCode(), row.definition());
        }
        return drafts;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Reads cells of one row, turning unparseable values into problems located at the cell. */
    private static final class Cells {
        private final String sheet;
        private final Table.Row row;
        private final List<ImportProblem> problems;
        private final Locale locale;

        Cells(String sheet, Table.Row row, List<ImportProblem> problems, Locale locale) {
            this.sheet = sheet;
            this.row = row;
            this.problems = problems;
            this.locale = locale;
        }

        /** A figure: a numeric cell as its exact number, text as typed in the language; null when blank. */
        BigDecimal figure(String column) {
            String value = row.get(column).strip();
            try {
                return row.isNumber(column)
                        ? DecimalText.check(new BigDecimal(value), DecimalText.Bounds.FIGURE, column, value)
                        : DecimalText.parse(value, locale, DecimalText.Bounds.FIGURE, column);
            } catch (RuleViolation e) {
                problems.add(new ImportProblem(sheet, row.number(), column, e.messageKey(), e.arguments()));
                return null;
            }
        }

        void required(String column) {
            if (row.get(column).isBlank()) {
                problems.add(new ImportProblem(sheet, row.number(), column, "import.value.required", List.of()));
            }
        }

        <T> T parse(String column, java.util.function.Function<String, T> parser) {
            String value = row.get(column).strip();
            try {
                return parser.apply(value);
            } catch (RuntimeException e) {
                problems.add(new ImportProblem(sheet, row.number(), column, "import.value.invalid", List.of(value)));
                return null;
            }
        }
    }
}
