package kz.bagalau.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.evaluation.domain.NeedToKnow.Assignment;
import kz.bagalau.evaluation.domain.NeedToKnow.Material;
import kz.bagalau.evaluation.domain.NeedToKnow.Reader;
import kz.bagalau.evaluation.domain.NeedToKnow.Relation;
import kz.bagalau.identity.domain.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The need-to-know matrix rule by rule, on aggregates without a database: which relation a reader has to a
 * direction, and what each relation opens. The pages and the API are walked cell by cell in AccessMatrixIT.
 */
class NeedToKnowTest {

    private static final long BODY = 7L;

    private static Reader reader(Role role) {
        return new Reader("someone", EnumSet.of(role), Optional.empty(), List.of(), Set.of(), false, false);
    }

    private static Set<Relation> of(Reader reader, DirectionEvaluation d) {
        return NeedToKnow.relations(reader, d);
    }

    @Test
    @DisplayName("¶41, ¶55: a body's user relates to its own evaluation only")
    void should_relate_a_body_to_its_own_evaluation_only() {
        DirectionEvaluation d = Aggregates.submitted();
        Reader own = new Reader("b", EnumSet.of(Role.EVALUATED_BODY), Optional.of(BODY), List.of(), Set.of(), false,
                false);
        Reader other = new Reader("c", EnumSet.of(Role.EVALUATED_BODY), Optional.of(BODY + 1), List.of(), Set.of(),
                false, false);

        assertThat(of(own, d)).containsExactly(Relation.OWN_BODY);
        assertThat(of(other, d)).isEmpty();
    }

    @Test
    @DisplayName("¶10, ¶25: the direction's evaluator relates to it; another evaluator does not")
    void should_relate_only_the_directions_evaluator() {
        DirectionEvaluation d = Aggregates.submitted();

        assertThat(of(reader(Role.AKIM_APPARATUS), d)).containsExactly(Relation.DIRECTION_EVALUATOR);
        assertThat(of(reader(Role.BUDGET_BODY), d)).isEmpty();
        assertThat(of(reader(Role.PLANNING_BODY), d)).as("not final yet: no general evaluation").isEmpty();
    }

    @Test
    @DisplayName("¶48: an expert relates only to the assigned body and direction, and only while assigned")
    void should_relate_an_expert_only_to_what_was_assigned() {
        DirectionEvaluation d = Aggregates.concluded();
        int n = d.direction().number();
        Reader assigned = new Reader("x", EnumSet.of(Role.EXPERT), Optional.empty(),
                List.of(new Assignment(BODY, n)), Set.of(), false, false);
        Reader otherBody = new Reader("x", EnumSet.of(Role.EXPERT), Optional.empty(),
                List.of(new Assignment(BODY + 1, null)), Set.of(), false, false);
        Reader otherDirection = new Reader("x", EnumSet.of(Role.EXPERT), Optional.empty(),
                List.of(new Assignment(null, n == 1 ? 2 : 1)), Set.of(), false, false);

        assertThat(of(assigned, d)).containsExactly(Relation.ASSIGNED_EXPERT);
        assertThat(of(otherBody, d)).isEmpty();
        assertThat(of(otherDirection, d)).isEmpty();
        assertThat(of(reader(Role.EXPERT), d)).as("assignment ended or never made").isEmpty();
    }

    @Test
    @DisplayName("¶57: a special commission member relates to the appealed direction only")
    void should_relate_a_special_commission_member_to_the_appealed_direction() {
        DirectionEvaluation d = Aggregates.concluded();
        Reader member = new Reader("m", EnumSet.of(Role.BUDGET_BODY), Optional.empty(), List.of(), Set.of(d.id()),
                false, false);

        assertThat(of(member, d)).containsExactly(Relation.SPECIAL_COMMISSION);
        assertThat(of(member, Aggregates.concluded())).isEmpty();
    }

    @Test
    @DisplayName("¶45-2, ¶51: the akim, the working body and the ministry relate once the conclusion was sent")
    void should_relate_the_regions_leadership_only_once_the_conclusion_was_sent() {
        DirectionEvaluation scored = Aggregates.scored();
        DirectionEvaluation concluded = Aggregates.concluded();

        for (Role role : List.of(Role.AKIM, Role.COMMISSION_WORKING_BODY, Role.MINISTRY)) {
            assertThat(of(reader(role), scored)).as(role.name()).isEmpty();
            assertThat(of(reader(role), concluded)).as(role.name()).hasSize(1);
        }
    }

    @Test
    @DisplayName("¶49, ¶51: the commission relates to nothing before the general evaluation reaches it")
    void should_keep_the_commission_out_until_the_general_evaluation_is_submitted() {
        DirectionEvaluation concluded = Aggregates.concluded();
        Reader before = reader(Role.COMMISSION_MEMBER);

        assertThat(of(before, concluded)).isEmpty();
        assertThat(NeedToKnow.allows(of(before, concluded), Material.EVALUATION)).isFalse();
    }

    @Test
    @DisplayName("¶44, ¶45: confidential evidence opens to the body, the evaluator and the special commission only")
    void should_open_confidential_evidence_to_three_relations_only() {
        Set<Relation> opened = EnumSet.noneOf(Relation.class);
        for (Relation r : Relation.values()) {
            if (NeedToKnow.opens(r).contains(Material.CONFIDENTIAL_EVIDENCE)) {
                opened.add(r);
            }
        }

        assertThat(opened).containsExactlyInAnyOrder(Relation.OWN_BODY, Relation.DIRECTION_EVALUATOR,
                Relation.SPECIAL_COMMISSION);
    }

    @Test
    @DisplayName("¶9.2: the platform's operator and the region's administrator open the audit log and nothing else")
    void should_keep_administrators_out_of_the_evaluations() {
        assertThat(NeedToKnow.opens(Relation.PLATFORM_ADMINISTRATOR)).containsExactly(Material.AUDIT);
        assertThat(NeedToKnow.opens(Relation.REGION_ADMINISTRATOR)).containsExactly(Material.AUDIT);
        assertThat(of(reader(Role.PLATFORM_ADMIN), Aggregates.concluded())).isEmpty();
    }

    @Test
    @DisplayName("¶62-¶64: a breach is seen by those who answer for it, and by the akim, the working body, the ministry")
    void should_show_a_breach_to_those_who_answer_for_it() {
        Reader body = new Reader("b", EnumSet.of(Role.EVALUATED_BODY), Optional.of(BODY), List.of(), Set.of(), false,
                false);

        assertThat(NeedToKnow.seesBreach(body, BODY, Role.EVALUATED_BODY)).isTrue();
        assertThat(NeedToKnow.seesBreach(body, BODY + 1, Role.EVALUATED_BODY)).isFalse();
        assertThat(NeedToKnow.seesBreach(body, BODY, Role.AKIM_APPARATUS)).isFalse();
        assertThat(NeedToKnow.seesBreach(reader(Role.BUDGET_BODY), BODY, Role.BUDGET_BODY)).isTrue();
        assertThat(NeedToKnow.seesBreach(reader(Role.BUDGET_BODY), BODY, Role.AKIM_APPARATUS)).isFalse();
        assertThat(NeedToKnow.seesBreach(reader(Role.AKIM), BODY, Role.BUDGET_BODY)).isTrue();
        assertThat(NeedToKnow.seesBreach(reader(Role.EXPERT), BODY, Role.EVALUATED_BODY)).isFalse();
    }

    @Test
    void should_print_the_matrix_as_the_table_readme_shows() throws IOException {
        String table = NeedToKnow.table();
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        assertThat(table.lines()).hasSize(Relation.values().length + 2);
        assertThat(table).contains("| own body | ✓ | ✓ | ✓ | ✓ | ✓ | ✓ | – | – | – |");
        assertThat(readme).as("README's need-to-know table is the code's").contains(table);
    }
}
