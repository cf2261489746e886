package kz.bagalau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import kz.bagalau.evaluation.application.DirectionView;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.evaluation.application.ValueEntry;
import kz.bagalau.evaluation.application.ValueRow;
import kz.bagalau.methodology.application.MethodologyAuthoring;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyDetails;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.DecimalText;
import kz.bagalau.shared.domain.LocalizedText;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A seeded random walk over what people type into the reporting, registry and methodology forms, through the
 * same parsing and services the pages use, against the real database. Every input is either refused with a
 * rule (a message in the user's language) or stored exactly as it reads; anything else (an exception that is
 * not a refusal, which a page turns into a 500, or a value that comes back different) fails the test. The seed
 * is printed, so a failure can be replayed.
 */
@ExtendWith(ArquillianExtension.class)
class InputFuzzIT {

    private static final String REGION = "mangystau";
    private static final String KEEPER = REGION + ".admin";
    private static final int YEAR = 2026;
    private static final long SEED = Long.getLong("bagalau.fuzz.seed", 20261202L);
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("kk"), Locale.forLanguageTag("ru"),
            Locale.ENGLISH);
    private static final String FIGURE_ALPHABET = "0123456789012345678901234567890,.,. -+−eE\u00A0NaIfy∞%x١";
    private static final int[] TEXT_EXTRAS = {0x0000, 0x0007, 0x001B, 0x007F, '\n', '\t', 0x1F642, 0x05D0, 0x0627,
        0x04D9, 0x0493, 0x200F, 0xFEFF, '<', '>', '&', '"', '\''};

    @Inject
    Callers callers;

    @Inject
    EvaluationFixture fixture;

    @Inject
    ReportingService reporting;

    @Inject
    BodyRegistry registry;

    @Inject
    MethodologyAuthoring authoring;

    @Test
    void should_store_every_figure_of_the_reporting_form_as_read_or_refuse_it() {
        Random random = new Random(SEED);
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        DirectionView direction = callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(0);
        ValueRow row = direction.rows().stream().filter(r -> r.code().equals("1.06")).findFirst().orElseThrow();
        int stored = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String typed = figure(random);
            Locale locale = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            String comment = random.nextInt(4) == 0 ? text(random, 4_100) : null;
            try {
                BigDecimal value = DecimalText.parse(typed, locale, DecimalText.Bounds.FIGURE, row.code());
                callers.as(body.username(), () -> reporting.saveDraft(direction.id(),
                        List.of(new ValueEntry(row.indicatorId(), value, null, Map.of(), comment, 1))));
                ValueRow back = callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(0).rows()
                        .stream().filter(r -> r.code().equals("1.06")).findFirst().orElseThrow();
                if (value == null ? back.actual() != null : back.actual().compareTo(value) != 0) {
                    failures.add(locale + " \"" + typed + "\" read as " + value + " but stored as " + back.actual());
                }
                if (!java.util.Objects.equals(comment == null ? null : comment.strip(), back.comment())) {
                    failures.add("comment changed: " + shown(comment) + " -> " + shown(back.comment()));
                }
                stored++;
            } catch (RuleViolation expected) {
                refused++;
            } catch (RuntimeException e) {
                failures.add(locale + " \"" + typed + "\": " + e);
            }
        }

        System.out.printf("fuzz seed %d: reporting figures stored %d, refused %d%n", SEED, stored, refused);
        assertThat(failures).as("seed " + SEED).isEmpty();
        assertThat(stored).as("the walk stores something").isPositive();
        assertThat(refused).as("the walk is refused somewhere").isPositive();
    }

    @Test
    void should_store_every_name_of_the_registry_form_as_typed_or_refuse_it() {
        Random random = new Random(SEED + 1);
        String run = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase(Locale.ROOT);
        int stored = 0;
        int refused = 0;
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            String nameKk = text(random, 320);
            String nameRu = text(random, 320);
            String head = random.nextBoolean() ? text(random, 220) : null;
            String code = random.nextInt(10) == 0 ? text(random, 30) : "FZ" + run + "-" + i;
            try {
                BodyDetails details = new BodyDetails(code, new LocalizedText(nameKk, nameRu, "Fuzz " + i),
                        BodyType.REGIONAL_DEPARTMENT, EvaluatorFunction.NONE, head, null);
                BodySummary body = callers.as(KEEPER, () -> registry.register(details));
                BodySummary back = callers.as(KEEPER, () -> registry.get(body.id()));
                if (!back.nameKk().equals(nameKk.strip()) || !back.nameRu().equals(nameRu.strip())
                        || !java.util.Objects.equals(back.headName(), PlainText.check(head, 200, "x"))) {
                    failures.add("changed: " + shown(nameKk) + " / " + shown(nameRu) + " / " + shown(head));
                }
                stored++;
            } catch (RuleViolation expected) {
                refused++;
                reasons.merge(expected.messageKey(), 1, Integer::sum);
            } catch (RuntimeException e) {
                failures.add(shown(code) + " " + shown(nameKk) + ": " + e);
            }
        }

        System.out.printf("fuzz seed %d: registry entries stored %d, refused %d %s%n", SEED + 1, stored, refused,
                reasons);
        assertThat(failures).as("seed " + (SEED + 1)).isEmpty();
        assertThat(stored).as("stored, refused for %s", reasons).isPositive();
        assertThat(refused).isPositive();
    }

    @Test
    void should_answer_every_methodology_sheet_with_its_problems_or_a_draft() {
        Random random = new Random(SEED + 2);
        List<String> failures = new ArrayList<>();
        int accepted = 0;
        for (int i = 0; i < 60; i++) {
            String csv = "direction,direction_weight,criterion_code,criterion_name_kk,criterion_name_ru,"
                    + "criterion_name_en,criterion_weight,code,name_kk,name_ru,name_en,unit,polarity,rule_type,"
                    + "rule_params,has_target,weight,max_points,source_type,evidence_required,applies_to,min_value,"
                    + "max_value\n"
                    + String.join(",", "1", weight(random, "30"), "1.1", quoted(text(random, 40)), "Критерий",
                    "Criterion", weight(random, "60"), "1.01", quoted(text(random, 60)), "Показатель", "Indicator",
                    quoted(text(random, 12)), "HIGHER", "RATIO", "\"{\"\"target\"\":100}\"", "false",
                    weight(random, "1"), weight(random, "10"), "5", "false", "ALL", weight(random, "0"),
                    weight(random, "100")) + "\n";
            Locale locale = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            try {
                ImportResult result = callers.as("ministry", () -> authoring.importSheet(2031 + random.nextInt(5),
                        "fuzz.csv", csv.getBytes(StandardCharsets.UTF_8), locale));
                accepted += result.succeeded() ? 1 : 0;
            } catch (RuleViolation expected) {
                // refused as a whole, with a message
            } catch (RuntimeException e) {
                failures.add(csv + " -> " + e);
            }
        }

        System.out.printf("fuzz seed %d: methodology sheets accepted %d of 60%n", SEED + 2, accepted);
        assertThat(failures).as("seed " + (SEED + 2)).isEmpty();
    }

    /** A figure as people mistype them: digits, both marks, spaces, signs, exponents, words, other scripts. */
    private static String figure(Random random) {
        if (random.nextInt(5) == 0) {
            return List.of("12,5", "12.5", "1 234,5", "1.234,5", "1,234.5", "0,0001", "87", "-0", "1e309", "NaN",
                    "99999999999999999999999", "12.500", "").get(random.nextInt(13));
        }
        StringBuilder b = new StringBuilder();
        int length = 1 + random.nextInt(random.nextInt(8) == 0 ? 30 : 9);
        for (int i = 0; i < length; i++) {
            b.append(FIGURE_ALPHABET.charAt(random.nextInt(FIGURE_ALPHABET.length())));
        }
        return b.toString();
    }

    /** Text of up to {@code max} characters: Kazakh and Latin letters, markup, emoji, RTL, controls, NUL. */
    private static String text(Random random, int max) {
        int length = random.nextInt(10) == 0 ? max : 1 + random.nextInt(Math.min(max, 60));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(20);
            int c = kind == 0 ? TEXT_EXTRAS[random.nextInt(TEXT_EXTRAS.length)]
                    : kind < 8 ? 'а' + random.nextInt(32) : kind < 10 ? ' ' : 'a' + random.nextInt(26);
            b.appendCodePoint(c);
        }
        return b.toString();
    }

    /** A sensible figure half of the time, a mistyped one otherwise. */
    private static String weight(Random random, String sensible) {
        return quoted(random.nextBoolean() ? sensible : figure(random));
    }

    private static String quoted(String cell) {
        return "\"" + cell.replace("\"", "\"\"") + "\"";
    }

    private static String shown(String text) {
        return text == null ? "null" : text.codePoints().limit(40)
                .mapToObj(c -> c < 32 ? String.format("\\u%04x", c) : Character.toString(c))
                .reduce("", String::concat);
    }
}
