package kz.bagalau.methodology.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.RuleType;
import kz.bagalau.shared.infrastructure.TableReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DemoMethodologyTest {

    private static MethodologySheet sheet() throws Exception {
        try (InputStream in = DemoMethodologyTest.class.getResourceAsStream("/methodology/demo-methodology.csv")) {
            return MethodologySheet.read(TableReader.read("demo-methodology.csv", in.readAllBytes(), 1_000_000),
                    java.util.Locale.ENGLISH);
        }
    }

    @Test
    @DisplayName("¶15: the demo methodology defines all seven directions, 8 to 20 indicators each")
    void should_define_all_seven_directions_with_8_to_20_indicators_each() throws Exception {
        MethodologySheet sheet = sheet();

        Map<Direction, Methodology> drafts = sheet.drafts(2025, Map.of(), "ministry", Instant.EPOCH);

        assertThat(sheet.problems()).isEmpty();
        assertThat(drafts).hasSize(7);
        assertThat(drafts.values()).allSatisfy(m -> assertThat(m.indicators().count()).isBetween(8L, 20L));
    }

    @Test
    void should_weigh_the_directions_as_the_demo_methodology_suggests() throws Exception {
        Map<Direction, Methodology> drafts = sheet().drafts(2025, Map.of(), "ministry", Instant.EPOCH);

        assertThat(drafts.get(Direction.STRATEGIC_GOALS).weight()).isEqualByComparingTo("30");
        assertThat(drafts.get(Direction.BUDGET).weight()).isEqualByComparingTo("15");
        assertThat(drafts.get(Direction.LEGAL_SUPPORT).weight()).isEqualByComparingTo("5");
    }

    @Test
    void should_use_every_kind_of_scoring_rule() throws Exception {
        Map<Direction, Methodology> drafts = sheet().drafts(2025, Map.of(), "ministry", Instant.EPOCH);

        assertThat(drafts.values().stream().flatMap(Methodology::indicators).map(i -> i.ruleType()).distinct())
                .containsExactlyInAnyOrder(RuleType.values());
    }
}
