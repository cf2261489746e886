package kz.bagalau.registry.application;

import kz.bagalau.shared.infrastructure.ImportProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.infrastructure.Table;
import kz.bagalau.shared.infrastructure.TableReader;
import kz.bagalau.shared.infrastructure.UnreadableFileException;
import org.junit.jupiter.api.Test;

class BodyImportPlanTest {

    private static final String HEADER =
            "code,name_kk,name_ru,name_en,type,evaluator_function,status,status_date,successor_code,head_name,email\n";

    @Test
    void should_plan_every_row_of_a_valid_file() throws UnreadableFileException {
        BodyImportPlan plan = plan(HEADER
                + "EDU,Білім басқармасы,Управление образования,Department of Education,regional_department,,,,,,\n"
                + "OLD,Ескі басқарма,Старое управление,Old department,REGIONAL_DEPARTMENT,,LIQUIDATED,15.03.2025,EDU,,\n",
                Map.of());

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.lines()).extracting(l -> l.details().code(), l -> l.details().type(), BodyImportPlan.Line::status,
                BodyImportPlan.Line::statusDate, BodyImportPlan.Line::successorCode)
                .containsExactly(tuple("EDU", BodyType.REGIONAL_DEPARTMENT, null, null, null),
                        tuple("OLD", BodyType.REGIONAL_DEPARTMENT, BodyStatus.LIQUIDATED, LocalDate.of(2025, 3, 15), "EDU"));
    }

    @Test
    void should_report_missing_columns_and_plan_nothing() throws UnreadableFileException {
        BodyImportPlan plan = plan("code,name_kk\nEDU,Білім\n", Map.of());

        assertThat(plan.lines()).isEmpty();
        assertThat(plan.problems()).extracting(ImportProblem::column)
                .containsExactlyInAnyOrder("name_ru", "name_en", "type");
    }

    @Test
    void should_report_each_bad_cell_with_its_row_and_column_and_plan_nothing() throws UnreadableFileException {
        BodyImportPlan plan = plan(HEADER
                + "GOOD,a,b,c,DISTRICT_AKIMAT,,,,,,\n"
                + ",a,,c,CITY_AKIMAT,,,,,,bad-mail\n"
                + "X Y,a,b,c,DISTRICT_AKIMAT,,ACTIVE,2025-01-01,,,\n", Map.of());

        assertThat(plan.lines()).isEmpty();
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple(3, "code", "import.value.required"),
                        tuple(3, "name_ru", "import.value.required"),
                        tuple(4, "code", "import.code.invalid"),
                        tuple(4, "status", "import.status.active.with.date"));
    }

    @Test
    void should_report_an_over_long_name_and_code_as_bad_cells_instead_of_failing() throws UnreadableFileException {
        BodyImportPlan plan = plan(HEADER
                + "LONG,%s,b,c,DISTRICT_AKIMAT,,,,,,\n".formatted("а".repeat(301))
                + "%s,a,b,c,DISTRICT_AKIMAT,,,,,,\n".formatted("C".repeat(10_000)), Map.of());

        assertThat(plan.lines()).isEmpty();
        assertThat(plan.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::messageKey)
                .containsExactlyInAnyOrder(tuple(2, "name_kk", "text.too-long"), tuple(3, "code", "import.code.invalid"));
    }

    @Test
    void should_refuse_an_impossible_date() throws UnreadableFileException {
        BodyImportPlan plan = plan(HEADER + "A,a,b,c,DISTRICT_AKIMAT,,LIQUIDATED,31.02.2025,,,\n", Map.of());

        assertThat(plan.problems()).extracting(ImportProblem::messageKey).containsExactly("import.date.invalid");
    }

    @Test
    void should_refuse_a_second_planning_body_against_the_registry_per_paragraph_10() throws UnreadableFileException {
        BodySummary existing = new BodySummary(1, "ECON", "a", "b", "c", BodyType.REGIONAL_DEPARTMENT,
                EvaluatorFunction.STATE_PLANNING, BodyStatus.ACTIVE, null, null, null, null, null, 0);

        BodyImportPlan plan = plan(HEADER + "NEWPLAN,a,b,c,REGIONAL_DEPARTMENT,STATE_PLANNING,,,,,\n",
                Map.of("ECON", existing));

        assertThat(plan.problems()).extracting(ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple("evaluator_function", "import.function.taken"));
    }

    @Test
    void should_accept_a_planning_body_that_replaces_the_one_it_closes() throws UnreadableFileException {
        BodySummary existing = new BodySummary(1, "ECON", "a", "b", "c", BodyType.REGIONAL_DEPARTMENT,
                EvaluatorFunction.STATE_PLANNING, BodyStatus.ACTIVE, null, null, null, null, null, 0);

        BodyImportPlan plan = plan(HEADER
                + "NEWPLAN,a,b,c,REGIONAL_DEPARTMENT,STATE_PLANNING,,,,,\n"
                + "ECON,a,b,c,REGIONAL_DEPARTMENT,NONE,REORGANISED,2025-06-30,NEWPLAN,,\n", Map.of("ECON", existing));

        assertThat(plan.problems()).isEmpty();
    }

    @Test
    void should_refuse_a_successor_that_exists_nowhere() throws UnreadableFileException {
        BodyImportPlan plan = plan(HEADER + "A,a,b,c,DISTRICT_AKIMAT,,REORGANISED,2025-02-01,GHOST,,\n", Map.of());

        assertThat(plan.problems()).extracting(ImportProblem::column, ImportProblem::messageKey)
                .containsExactly(tuple("successor_code", "import.successor.unknown"));
    }

    private static BodyImportPlan plan(String csv, Map<String, BodySummary> existing) throws UnreadableFileException {
        Table table = TableReader.read("bodies.csv", csv.getBytes(StandardCharsets.UTF_8), 1_000_000);
        return BodyImportPlan.of(table, existing);
    }
}
