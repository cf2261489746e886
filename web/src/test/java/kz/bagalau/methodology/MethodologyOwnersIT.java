package kz.bagalau.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import kz.bagalau.methodology.application.MethodologyAuthoring;
import kz.bagalau.methodology.application.MethodologyCatalog;
import kz.bagalau.methodology.application.MethodologyView;
import kz.bagalau.methodology.domain.Applicability;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.IndicatorDefinition;
import kz.bagalau.methodology.domain.MethodologyOwner;
import kz.bagalau.methodology.domain.MethodologyStatus;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.RatioRule;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.Sql;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ¶16 and the owners' paragraphs (¶23, ¶26, ¶30, ¶33, ¶37, ¶40, ¶40-3): each direction's central body develops
 * and approves its own methodology and nobody else's; a version comes into force only when every owner approved it
 * and the ministry agreed it, both recorded, and the database refuses a publication without them. Each test works
 * on its own far year, so none depends on another.
 */
@ExtendWith(ArquillianExtension.class)
class MethodologyOwnersIT {

    @Inject
    Callers callers;

    @Inject
    MethodologyAuthoring authoring;

    @Inject
    MethodologyCatalog catalog;

    @Test
    @DisplayName("¶16, ¶26, ¶30: an owner cannot draft, edit or approve another owner's direction; a regional role cannot author at all")
    void should_keep_each_owner_to_its_own_directions() {
        MethodologyView budget = completeDraft("owner-budget", Direction.BUDGET, 2061);

        callers.as("owner-pmoffice", () -> {
            assertRefused(() -> authoring.startDraft(Direction.BUDGET, 2062, BigDecimal.TEN), "methodology.owner.notYours");
            assertRefused(() -> authoring.reweigh(budget.id(), BigDecimal.ONE), "methodology.owner.notYours");
            assertRefused(() -> authoring.approve(budget.id(), null), "methodology.owner.notYours");
        });
        callers.as("ministry", () -> assertRefused(() -> authoring.approve(budget.id(), null),
                "methodology.owner.notYours"));
        assertThatThrownBy(() -> callers.as("almaty.planning", () -> authoring.approve(budget.id(), null)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> callers.as("owner-budget", () -> authoring.agree(budget.id())))
                .as("only the ministry agrees").isInstanceOf(EJBAccessException.class);
        assertThat(view("owner-budget", budget.id()).approvals()).isEmpty();
    }

    @Test
    @DisplayName("¶16, ¶30: a version comes into force only after its owner approved and the ministry agreed, both recorded and audited")
    void should_publish_only_after_approval_and_agreement() throws SQLException {
        MethodologyView draft = completeDraft("owner-budget", Direction.BUDGET, 2063);

        callers.as("ministry", () -> assertRefused(() -> authoring.agree(draft.id()), "methodology.approval.missing"));
        MethodologyView approved = callers.as("owner-budget", () -> authoring.approve(draft.id(), "Order 12 of 2063-01-10"));
        assertThat(approved.awaitingAgreement()).isTrue();
        assertThat(callers.as("almaty.body1", () -> catalog.current(2063))).as("not in force before agreement").isEmpty();

        MethodologyView agreed = callers.as("ministry", () -> authoring.agree(draft.id()));

        assertThat(agreed.status()).isEqualTo(MethodologyStatus.PUBLISHED);
        assertThat(agreed.agreedBy()).isEqualTo("ministry");
        assertThat(agreed.approvals()).singleElement().satisfies(a -> {
            assertThat(a.owner()).isEqualTo(MethodologyOwner.BUDGET);
            assertThat(a.approvedBy()).isEqualTo("owner-budget");
            assertThat(a.reference()).isEqualTo("Order 12 of 2063-01-10");
        });
        assertThat(callers.as("almaty.body1", () -> catalog.current(2063))).extracting(MethodologyView::id)
                .containsExactly(draft.id());
        try (Connection c = Sql.asOwner()) {
            assertThat(Sql.rows(c, "select actor, action from audit_entry where entity_type = 'methodology' "
                    + "and entity_id = ? and action in ('METHODOLOGY_APPROVED', 'METHODOLOGY_AGREED') order by id",
                    String.valueOf(draft.id())))
                    .containsExactly(List.of("owner-budget", "METHODOLOGY_APPROVED"), List.of("ministry", "METHODOLOGY_AGREED"));
        }
    }

    @Test
    @DisplayName("¶33: direction 4 needs both the civil-service agency's and the informatisation body's approval")
    void should_need_both_owners_of_direction_4() {
        MethodologyView draft = completeDraft("owner-civilservice", Direction.PUBLIC_SERVICES, 2064);
        callers.as("owner-civilservice", () -> authoring.approve(draft.id(), null));

        callers.as("ministry", () -> assertRefused(() -> authoring.agree(draft.id()), "methodology.approval.missing"));
        assertThat(view("ministry", draft.id()).missingApprovals()).containsExactly(MethodologyOwner.INFORMATISATION);
        callers.as("owner-civilservice", () -> assertRefused(() -> authoring.approve(draft.id(), null),
                "methodology.approved.already"));

        callers.as("owner-informatisation", () -> authoring.approve(draft.id(), null));
        assertThat(callers.as("ministry", () -> authoring.agree(draft.id())).status()).isEqualTo(MethodologyStatus.PUBLISHED);
    }

    @Test
    @DisplayName("¶23, ¶16: for direction 1 the ministry approves as owner, and a different ministry official agrees")
    void should_let_the_ministry_agree_its_own_direction_only_by_another_official() {
        MethodologyView draft = completeDraft("ministry-strategy", Direction.STRATEGIC_GOALS, 2065);
        callers.as("ministry-strategy", () -> authoring.approve(draft.id(), null));

        callers.as("ministry-strategy", () -> assertRefused(() -> authoring.agree(draft.id()),
                "methodology.agree.samePerson"));
        assertThat(callers.as("ministry", () -> authoring.agree(draft.id())).agreedBy()).isEqualTo("ministry");
    }

    @Test
    @DisplayName("¶16: an edit withdraws the approvals given, and the ministry can return a draft with a reason")
    void should_withdraw_approvals_on_an_edit_or_a_return() {
        MethodologyView draft = completeDraft("owner-justice", Direction.LEGAL_SUPPORT, 2066);
        callers.as("owner-justice", () -> authoring.approve(draft.id(), null));

        MethodologyView edited = callers.as("owner-justice", () -> authoring.reweigh(draft.id(), new BigDecimal("12")));
        assertThat(edited.approvals()).isEmpty();
        assertThat(edited.missingApprovals()).containsExactly(MethodologyOwner.JUSTICE);

        callers.as("owner-justice", () -> authoring.approve(draft.id(), null));
        callers.as("ministry", () -> {
            assertRefused(() -> authoring.returnToOwners(draft.id(), " "), "methodology.return.reason");
            assertThat(authoring.returnToOwners(draft.id(), "Indicator 7.01 has no source").approvals()).isEmpty();
            assertRefused(() -> authoring.agree(draft.id()), "methodology.approval.missing");
        });
    }

    @Test
    @DisplayName("¶16: the database itself refuses a publication without agreement and approvals, and an approval by a non-owner")
    void should_refuse_an_unapproved_publication_in_the_database() throws SQLException {
        MethodologyView draft = completeDraft("owner-pmoffice", Direction.ACTS_AND_INSTRUCTIONS, 2067);
        try (Connection c = Sql.asApplication()) {
            assertThatThrownBy(() -> Sql.update(c, "update methodology set status = 'PUBLISHED', published_at = now(), "
                    + "agreed_at = now(), agreed_by = 'x' where id = ?", draft.id()))
                    .hasMessageContaining("approval of every owner");
        }
        try (Connection c = Sql.asApplication()) {
            assertThatThrownBy(() -> Sql.update(c, "insert into methodology_approval (methodology_id, owner, approved_by, "
                    + "approved_at) values (?, 'JUSTICE', 'x', now())", draft.id()))
                    .hasMessageContaining("does not own direction 2");
        }
        assertThat(view("owner-pmoffice", draft.id()).status()).isEqualTo(MethodologyStatus.DRAFT);
    }

    private MethodologyView completeDraft(String owner, Direction direction, int year) {
        return callers.as(owner, () -> {
            MethodologyView draft = authoring.startDraft(direction, year, BigDecimal.TEN);
            authoring.addCriterion(draft.id(), "1", new LocalizedText("Өлшем", "Критерий", "Criterion"), BigDecimal.ONE);
            return authoring.saveIndicator(draft.id(), "1", null, ratio(direction.number() + ".01"));
        });
    }

    private MethodologyView view(String user, long id) {
        return callers.as(user, () -> catalog.get(id));
    }

    private static void assertRefused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    private static IndicatorDefinition ratio(String code) {
        return new IndicatorDefinition(code, new LocalizedText("Үлес", "Доля", "Share"), null, null, null, "%",
                Polarity.HIGHER, new RatioRule(BigDecimal.valueOf(100)), false, BigDecimal.ONE, BigDecimal.TEN,
                SourceType.BODY_REPORTS, false, Applicability.ALL, null, null);
    }
}
