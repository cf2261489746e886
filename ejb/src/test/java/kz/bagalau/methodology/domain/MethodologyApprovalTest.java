package kz.bagalau.methodology.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The methodology aggregate's approval and agreement rules (¶16) and the owners of each direction. */
class MethodologyApprovalTest {

    private static final Instant NOW = Instant.parse("2027-01-10T05:00:00Z");

    @ParameterizedTest(name = "direction {0} is owned by {1}")
    @CsvSource({"1, MINISTRY", "2, PM_OFFICE", "3, BUDGET", "4, CIVIL_SERVICE INFORMATISATION", "5, CIVIL_SERVICE",
            "6, INFORMATISATION", "7, JUSTICE"})
    @DisplayName("¶23, ¶26, ¶30, ¶33, ¶37, ¶40, ¶40-3: each direction has the owners the Rules name")
    void should_name_the_owners_of_each_direction(int direction, String owners) {
        assertThat(MethodologyOwner.of(Direction.of(direction))).extracting(Enum::name)
                .containsExactlyInAnyOrder(owners.split(" "));
    }

    @Test
    @DisplayName("¶37, ¶40: an owner acts only by its account role; the civil-service agency holds 4 and 5, informatisation 4 and 6")
    void should_derive_the_owners_from_the_callers_roles() {
        assertThat(MethodologyOwner.heldBy(r -> r == Role.OWNER_CIVIL_SERVICE)).containsExactly(MethodologyOwner.CIVIL_SERVICE);
        assertThat(MethodologyOwner.CIVIL_SERVICE.develops(Direction.PERSONNEL)).isTrue();
        assertThat(MethodologyOwner.INFORMATISATION.develops(Direction.INFORMATION_TECHNOLOGIES)).isTrue();
        assertThat(MethodologyOwner.INFORMATISATION.develops(Direction.PERSONNEL)).isFalse();
        assertThat(MethodologyOwner.heldBy(r -> r == Role.AKIM_APPARATUS)).isEmpty();
    }

    @Test
    @DisplayName("¶40-3, ¶16: only after its owner approved does a draft await agreement, and agreement publishes it")
    void should_publish_on_agreement_after_approval() {
        Methodology m = complete(Direction.LEGAL_SUPPORT);
        assertThatThrownBy(() -> m.agree("ministry", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("methodology.approval.missing"));
        assertThatThrownBy(() -> m.approve(MethodologyOwner.PM_OFFICE, "pm", null, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("methodology.owner.notYours"));

        m.approve(MethodologyOwner.JUSTICE, "justice", "Order 3", NOW);
        assertThat(m.awaitingAgreement()).isTrue();
        m.agree("ministry", NOW.plusSeconds(60));

        assertThat(m.isPublished()).isTrue();
        assertThat(m.agreedBy()).isEqualTo("ministry");
        assertThat(m.publishedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> m.reweigh(BigDecimal.ONE)).isInstanceOf(RuleViolation.class);
    }

    @Test
    @DisplayName("¶16: an incomplete draft cannot be approved, and an edit withdraws approvals")
    void should_refuse_an_incomplete_draft_and_withdraw_approvals_on_edit() {
        Methodology empty = Methodology.draft(Direction.PERSONNEL, 2030, 1, BigDecimal.TEN, null, "cs", NOW);
        assertThatThrownBy(() -> empty.approve(MethodologyOwner.CIVIL_SERVICE, "cs", null, NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("methodology.publish.incomplete"));

        Methodology m = complete(Direction.PERSONNEL);
        m.approve(MethodologyOwner.CIVIL_SERVICE, "cs", null, NOW);
        m.reweigh(new BigDecimal("11"));

        assertThat(m.approvals()).isEmpty();
        assertThat(m.missingApprovals()).containsExactly(MethodologyOwner.CIVIL_SERVICE);
    }

    @Test
    @DisplayName("¶23, ¶16: whoever approved a version cannot also agree it")
    void should_refuse_agreement_by_the_approver() {
        Methodology m = complete(Direction.STRATEGIC_GOALS);
        m.approve(MethodologyOwner.MINISTRY, "ministry", null, NOW);

        assertThatThrownBy(() -> m.agree("ministry", NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("methodology.agree.samePerson"));
        m.returnToOwners();
        assertThat(m.approvals()).isEmpty();
    }

    private static Methodology complete(Direction direction) {
        Methodology m = Methodology.draft(direction, 2030, 1, BigDecimal.TEN, null, "owner", NOW);
        m.addCriterion("1", new LocalizedText("Өлшем", "Критерий", "Criterion"), BigDecimal.ONE);
        m.addIndicator("1", new IndicatorDefinition(direction.number() + ".01", new LocalizedText("Үлес", "Доля", "Share"),
                null, null, null, "%", Polarity.HIGHER, new RatioRule(BigDecimal.valueOf(100)), false, BigDecimal.ONE,
                BigDecimal.TEN, SourceType.BODY_REPORTS, false, Applicability.ALL, null, null));
        return m;
    }
}
