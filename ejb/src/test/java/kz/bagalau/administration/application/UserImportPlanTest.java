package kz.bagalau.administration.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.infrastructure.Table;
import org.junit.jupiter.api.Test;

class UserImportPlanTest {

    private static final List<String> HEADER = UserImportPlan.COLUMNS;

    @Test
    void should_plan_every_row_when_all_are_good_and_prefix_the_region() {
        Table table = table(row(2, "ivanov", "Иванов И.", "EXPERT", "", "", ""),
                row(3, "abai.land", "Жер бөлімі", "EVALUATED_BODY", "LAND", "land@abai.kz", "ru"));

        UserImportPlan plan = UserImportPlan.of(table, "abai", Set.of(), Map.of("LAND", 7L));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.users()).extracting(NewRegionUser::username).containsExactly("abai.ivanov", "abai.land");
        assertThat(plan.users().get(1).bodyId()).isEqualTo(7L);
        assertThat(plan.users().get(1).roles()).containsExactly(Role.EVALUATED_BODY);
    }

    @Test
    void should_plan_nothing_and_name_each_bad_row_and_column() {
        Table table = table(row(2, "good", "Жақсы", "EXPERT", "", "", ""),
                row(3, "Bad Name", "", "MINISTRY", "", "", ""),
                row(4, "good", "Қайталау", "REGION_ADMIN,PLANNING_BODY", "", "", ""),
                row(5, "karaganda.x", "Бөтен", "EVALUATED_BODY", "", "", "de"));

        UserImportPlan plan = UserImportPlan.of(table, "abai", Set.of("abai.taken"), Map.of());

        assertThat(plan.users()).isEmpty();
        assertThat(plan.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey()).containsExactly(
                "3:username:user.username.invalid", "3:display_name:user.name.required", "3:roles:user.roles.regional",
                "4:username:user.username.taken", "4:roles:user.admin.evaluator",
                "5:username:user.username.invalid", "5:roles:user.body.required", "5:locale:user.locale.invalid");
    }

    @Test
    void should_refuse_a_list_without_the_required_columns() {
        Table table = new Table("CSV", List.of("username", "roles"), List.of());

        assertThat(UserImportPlan.of(table, "abai", Set.of(), Map.of()).problems())
                .extracting(p -> p.messageKey() + ":" + p.column()).containsExactly("import.column.missing:display_name");
    }

    private static Table table(Table.Row... rows) {
        return new Table("CSV", HEADER, List.of(rows));
    }

    private static Table.Row row(int number, String... cells) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < cells.length; i++) {
            values.put(HEADER.get(i), cells[i]);
        }
        return new Table.Row(number, values);
    }
}
