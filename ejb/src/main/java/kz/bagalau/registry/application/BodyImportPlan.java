package kz.bagalau.registry.application;

import kz.bagalau.shared.infrastructure.ImportProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.registry.domain.BodyDetails;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.Table;

/**
 * Checks every row of a registry upload before anything is written and turns the good ones into planned
 * changes. Either all rows pass and the plan is applied in one transaction, or the problems are reported and
 * nothing is written: an import never leaves the registry half-updated.
 */
public final class BodyImportPlan {

    public static final List<String> COLUMNS = List.of("code", "name_kk", "name_ru", "name_en", "type",
            "evaluator_function", "status", "status_date", "successor_code", "head_name", "email");
    private static final List<String> REQUIRED = List.of("code", "name_kk", "name_ru", "name_en", "type");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    /** One valid row: the details to register or revise, and an optional status with its successor code. */
    public record Line(int row, BodyDetails details, BodyStatus status, LocalDate statusDate, String successorCode) {
    }

    private final List<Line> lines;
    private final List<ImportProblem> problems;

    private BodyImportPlan(List<Line> lines, List<ImportProblem> problems) {
        this.lines = List.copyOf(lines);
        this.problems = List.copyOf(problems);
    }

    public List<Line> lines() {
        return lines;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /**
     * @param existing the region's bodies by code, to resolve successors and the ¶10 one-per-region functions
     */
    public static BodyImportPlan of(Table table, Map<String, BodySummary> existing) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String column : REQUIRED) {
            if (!table.header().contains(column)) {
                problems.add(new ImportProblem(table.sheetName(), 1, column, "import.column.missing", List.of(column)));
            }
        }
        if (!problems.isEmpty()) {
            return new BodyImportPlan(List.of(), problems);
        }
        if (table.rows().isEmpty()) {
            return new BodyImportPlan(List.of(), List.of(ImportProblem.ofFile("import.no.rows")));
        }
        List<Line> lines = new ArrayList<>();
        for (Table.Row row : table.rows()) {
            parseRow(table.sheetName(), row, problems).ifPresent(lines::add);
        }
        checkAcrossRows(table.sheetName(), lines, existing, problems);
        return new BodyImportPlan(problems.isEmpty() ? lines : List.of(), problems);
    }

    private static Optional<Line> parseRow(String sheet, Table.Row row, List<ImportProblem> problems) {
        int before = problems.size();
        for (String column : REQUIRED) {
            if (row.get(column).isBlank()) {
                problems.add(problem(sheet, row, column, "import.value.required"));
            }
        }
        String code = row.get("code");
        if (!code.isBlank() && !BodyDetails.CODE.matcher(code).matches()) {
            problems.add(problem(sheet, row, "code", "import.code.invalid", code));
        }
        BodyType type = parseEnum(BodyType.class, sheet, row, "type", problems);
        EvaluatorFunction function = parseEnum(EvaluatorFunction.class, sheet, row, "evaluator_function", problems);
        BodyStatus status = parseEnum(BodyStatus.class, sheet, row, "status", problems);
        LocalDate date = parseDate(sheet, row, problems);
        String successor = row.get("successor_code");
        if (status != null && status != BodyStatus.ACTIVE && row.get("status_date").isBlank()) {
            problems.add(problem(sheet, row, "status_date", "import.status.date.required"));
        }
        if ((status == null || status == BodyStatus.ACTIVE)
                && (!row.get("status_date").isBlank() || !successor.isBlank())) {
            problems.add(problem(sheet, row, "status", "import.status.active.with.date"));
        }
        if (status == BodyStatus.REORGANISED && successor.isBlank()) {
            problems.add(problem(sheet, row, "successor_code", "import.successor.required"));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        try {
            BodyDetails details = new BodyDetails(code,
                    new LocalizedText(row.get("name_kk"), row.get("name_ru"), row.get("name_en")),
                    type, function, row.get("head_name"), row.get("email"));
            return Optional.of(new Line(row.number(), details, status, date,
                    successor.isBlank() ? null : successor));
        } catch (RuleViolation e) {
            problems.add(new ImportProblem(sheet, row.number(), columnOf(e), e.messageKey(), e.arguments()));
            return Optional.empty();
        }
    }

    /** The column a refusal of the row's details is about, from its key or the field it names. */
    private static String columnOf(RuleViolation e) {
        String field = e.arguments().isEmpty() ? "" : e.arguments().get(0);
        if (e.messageKey().startsWith("body.email") || field.equals("label.body.email")) {
            return "email";
        }
        if (field.equals("label.body.headName")) {
            return "head_name";
        }
        if (field.startsWith("label.name.")) {
            return "name_" + field.substring("label.name.".length());
        }
        return e.messageKey().startsWith("text.required.") ? "name_" + e.messageKey().substring(14) : "code";
    }

    private static void checkAcrossRows(String sheet, List<Line> lines, Map<String, BodySummary> existing,
                                        List<ImportProblem> problems) {
        Map<String, Line> byCode = new HashMap<>();
        for (Line line : lines) {
            Line earlier = byCode.putIfAbsent(line.details().code(), line);
            if (earlier != null) {
                problems.add(new ImportProblem(sheet, line.row(), "code", "import.code.duplicate",
                        List.of(line.details().code(), String.valueOf(earlier.row()))));
            }
        }
        for (Line line : lines) {
            String successor = line.successorCode();
            if (successor != null && !byCode.containsKey(successor) && !existing.containsKey(successor)) {
                problems.add(new ImportProblem(sheet, line.row(), "successor_code", "import.successor.unknown",
                        List.of(successor)));
            }
            if (successor != null && successor.equals(line.details().code())) {
                problems.add(new ImportProblem(sheet, line.row(), "successor_code", "body.successor.self",
                        List.of()));
            }
        }
        for (EvaluatorFunction f : List.of(EvaluatorFunction.STATE_PLANNING, EvaluatorFunction.BUDGET_EXECUTION)) {
            Set<String> holders = new HashSet<>();
            existing.values().stream()
                    .filter(b -> b.evaluatorFunction() == f && b.status() == BodyStatus.ACTIVE)
                    .filter(b -> !byCode.containsKey(b.code()))
                    .forEach(b -> holders.add(b.code()));
            lines.stream()
                    .filter(l -> l.details().evaluatorFunction() == f
                            && (l.status() == null || l.status() == BodyStatus.ACTIVE))
                    .forEach(l -> {
                        holders.add(l.details().code());
                        if (holders.size() > 1) {
                            problems.add(new ImportProblem(sheet, l.row(), "evaluator_function",
                                    "import.function.taken", List.of(f.name())));
                        }
                    });
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String sheet, Table.Row row, String column,
                                                   List<ImportProblem> problems) {
        String value = row.get(column);
        if (value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            problems.add(problem(sheet, row, column, "import.value.unknown", value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    private static LocalDate parseDate(String sheet, Table.Row row, List<ImportProblem> problems) {
        String value = row.get("status_date");
        if (value.isBlank()) {
            return null;
        }
        try {
            return value.contains(".") ? LocalDate.parse(value, DOTTED) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(problem(sheet, row, "status_date", "import.date.invalid", value));
            return null;
        }
    }

    private static ImportProblem problem(String sheet, Table.Row row, String column, String key, String... args) {
        return new ImportProblem(sheet, row.number(), column, key, List.of(args));
    }
}
