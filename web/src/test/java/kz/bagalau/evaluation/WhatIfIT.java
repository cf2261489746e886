package kz.bagalau.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import kz.bagalau.evaluation.application.BodyResult;
import kz.bagalau.evaluation.application.ResultsService;
import kz.bagalau.evaluation.application.WhatIfReplay;
import kz.bagalau.evaluation.application.WhatIfService;
import kz.bagalau.methodology.application.MethodologyAuthoring;
import kz.bagalau.methodology.application.MethodologyCatalog;
import kz.bagalau.methodology.application.MethodologyView;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.MethodologyStatus;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.PortalClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The methodology what-if: a draft replayed on last year's verified values with the real scoring engine. A draft
 * that only copies the version in force must give back exactly the real scores, totals and places; a change moves
 * them the way the rule says; the real scores are never touched; only the ministry may replay.
 */
@ExtendWith(ArquillianExtension.class)
class WhatIfIT {

    private static final String REGION = "pavlodar";

    @ArquillianResource
    URL url;

    @Inject
    Callers callers;

    @Inject
    MethodologyAuthoring authoring;

    @Inject
    MethodologyCatalog catalog;

    @Inject
    WhatIfService whatIf;

    @Inject
    ResultsService results;

    @Test
    @DisplayName("¶16: a draft that copies direction 1's version in force replays last year exactly; a heavier weight moves totals toward the direction's score; real scores stay")
    void should_replay_last_year_under_a_draft_without_touching_real_scores() {
        MethodologyView draft = callers.as("ministry-strategy", () -> catalog.versions(2026).stream()
                .filter(m -> m.direction() == 1 && m.status() == MethodologyStatus.DRAFT).findFirst()
                .orElseGet(() -> authoring.startDraft(Direction.STRATEGIC_GOALS, 2026, BigDecimal.TEN)));
        Map<Long, BigDecimal> realBefore = realTotals();

        WhatIfReplay same = callers.as("ministry", () -> whatIf.replay(draft.id()));

        assertThat(same.replayedYear()).isEqualTo(2025);
        assertThat(same.regions()).hasSize(20);
        assertThat(same.bodies()).isNotEmpty().allSatisfy(b -> {
            assertThat(b.missing()).isNull();
            assertThat(b.whatIfScore()).isEqualByComparingTo(b.realScore());
            assertThat(b.whatIfTotal()).isEqualByComparingTo(b.realTotal());
            assertThat(b.whatIfPlace()).isEqualTo(b.realPlace());
        });
        assertThat(same.regions()).allSatisfy(r -> assertThat(r.whatIfPlace()).isEqualTo(r.realPlace()));

        callers.as("ministry-strategy", () -> authoring.reweigh(draft.id(), draft.weight().multiply(BigDecimal.valueOf(3))));
        WhatIfReplay heavier = callers.as("ministry", () -> whatIf.replay(draft.id()));

        // Three times the weight moves a total toward the direction's score: by 2w(s - T)/(W + 2w), well over the
        // rounding wherever the score is a point or more from the total.
        assertThat(heavier.bodies()).filteredOn(b -> b.realScore().subtract(b.realTotal()).abs().compareTo(BigDecimal.ONE) >= 0)
                .isNotEmpty().allSatisfy(b -> assertThat(b.whatIfTotal().compareTo(b.realTotal())).as(b.body().code())
                        .isEqualTo(b.realScore().compareTo(b.realTotal())));
        assertThat(heavier.bodies()).anySatisfy(b -> assertThat(b.totalChange().signum()).isNotZero());
        assertThat(realTotals()).as("real scores untouched").isEqualTo(realBefore);
    }

    @Test
    @DisplayName("¶16: only the ministry replays, only a draft; a region's user gets 404 on the page")
    void should_let_only_the_ministry_replay_a_draft() {
        long published = callers.as("ministry", () -> catalog.current(2025)).get(0).id();
        callers.as("ministry", () -> assertThatThrownBy(() -> whatIf.replay(published))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("whatif.draft.only")));
        assertThatThrownBy(() -> callers.as(REGION + ".planning", () -> whatIf.replay(published)))
                .isInstanceOf(EJBAccessException.class);
        PortalClient planning = new PortalClient(url);
        assertThat(planning.logIn(REGION + ".planning", "demo")).isTrue();
        assertThat(planning.get("/app/whatif.xhtml?methodology=" + published).statusCode()).isEqualTo(404);
    }

    private Map<Long, BigDecimal> realTotals() {
        List<BodyResult> overview = callers.as(REGION + ".planning", () -> results.overview(2025));
        return overview.stream().filter(r -> r.total() != null)
                .collect(Collectors.toMap(BodyResult::evaluationId, BodyResult::total));
    }
}
