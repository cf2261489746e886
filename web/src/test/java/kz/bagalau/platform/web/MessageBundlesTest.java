package kz.bagalau.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.DayKind;
import kz.bagalau.cycle.domain.DirectionStage;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.cycle.domain.Recheck;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.DocumentRequest;
import kz.bagalau.evaluation.domain.ReorganisationRule;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.cycle.web.OpenDataServlet;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.MethodologyOwner;
import kz.bagalau.methodology.domain.Applicability;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.methodology.domain.MethodologyStatus;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.methodology.domain.RuleType;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.tenancy.domain.TenantType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every UI string exists in Kazakh, Russian and English: the three bundles have the same keys, no empty
 * values, and every key the pages and the code use is defined. A missing key fails the build.
 */
class MessageBundlesTest {

    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final Path SOURCES = Path.of("..");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void should_define_the_same_non_empty_keys_in_kazakh_russian_and_english(String bundle) {
        Properties kk = load(bundle, "kk");
        for (String language : LANGUAGES) {
            Properties p = load(bundle, language);
            assertThat(p.stringPropertyNames()).as("%s_%s keys", bundle, language)
                    .containsExactlyInAnyOrderElementsOf(kk.stringPropertyNames());
            assertThat(p.stringPropertyNames()).as("%s_%s values", bundle, language)
                    .allMatch(k -> !p.getProperty(k).isBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages", "faces"})
    void should_double_every_apostrophe_of_a_message_with_arguments(String bundle) {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern lone = Pattern.compile("(?<!')'(?!')");
        for (String language : LANGUAGES) {
            Properties p = load(bundle, language);
            assertThat(p.stringPropertyNames()).as("%s_%s: an apostrophe MessageFormat would swallow", bundle, language)
                    .filteredOn(k -> argument.matcher(p.getProperty(k)).find())
                    .noneMatch(k -> lone.matcher(p.getProperty(k)).find());
        }
    }

    /** Jakarta Faces passes a converter's message the typed value as {0}, an example as {1} and the label as {2}. */
    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void should_show_the_typed_value_and_the_label_in_every_converter_message(String language) {
        Properties p = load("faces", language);

        assertThat(p.stringPropertyNames()).filteredOn(k -> k.startsWith("jakarta.faces.converter."))
                .isNotEmpty()
                .allMatch(k -> p.getProperty(k).contains("{0}") && p.getProperty(k).contains("{2}"), "value and label");
    }

    @Test
    void should_define_every_key_the_pages_use() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern msg = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = msg.matcher(Files.readString(page));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertDefined(used);
    }

    @Test
    void should_define_a_label_for_every_value_of_the_enums_shown_in_pages() {
        Set<String> used = new TreeSet<>();
        for (Role r : Role.values()) {
            used.add("role." + r.name());
            used.add("role." + r.name() + ".duty");
        }
        Arrays.stream(BodyType.values()).forEach(v -> used.add("bodyType." + v.name()));
        Arrays.stream(MethodologyOwner.values()).forEach(v -> used.add("methodologyOwner." + v.name()));
        OpenDataServlet.COLUMNS.forEach(c -> used.add("public.column." + c));
        Arrays.stream(EvaluatorFunction.values()).forEach(v -> used.add("evaluatorFunction." + v.name()));
        Arrays.stream(BodyStatus.values()).forEach(v -> used.add("bodyStatus." + v.name()));
        Arrays.stream(TenantType.values()).forEach(v -> used.add("tenantType." + v.name()));
        Arrays.stream(DirectionState.values()).forEach(v -> used.add("directionState." + v.name()));
        Arrays.stream(DirectionStage.values()).forEach(v -> used.add("directionState." + v.name()));
        Arrays.stream(Verification.values()).forEach(v -> used.add("verification." + v.name()));
        Arrays.stream(Rating.values()).forEach(v -> used.add("rating." + v.name()));
        Arrays.stream(Polarity.values()).forEach(v -> used.add("polarity." + v.name()));
        Arrays.stream(RuleType.values()).forEach(v -> used.add("ruleType." + v.name()));
        Arrays.stream(Applicability.values()).forEach(v -> used.add("applicability." + v.name()));
        Arrays.stream(MethodologyStatus.values()).forEach(v -> used.add("methodologyStatus." + v.name()));
        Arrays.stream(Conclusion.Status.values()).forEach(v -> used.add("conclusionStatus." + v.name()));
        Arrays.stream(DocumentRequest.Status.values()).forEach(v -> used.add("requestStatus." + v.name()));
        Arrays.stream(CycleStep.values()).forEach(v -> used.add("cycleStep." + v.name()));
        Arrays.stream(Appeal.Status.values()).forEach(v -> used.add("appealStatus." + v.name()));
        Arrays.stream(EvaluationCycle.ScheduleStatus.values()).forEach(v -> used.add("scheduleStatus." + v.name()));
        Arrays.stream(DayKind.values()).forEach(v -> used.add("dayKind." + v.name()));
        Arrays.stream(Recheck.Status.values()).forEach(v -> used.add("recheckStatus." + v.name()));
        Arrays.stream(ReorganisationRule.values())
                .filter(v -> v != ReorganisationRule.EVALUATE && v != ReorganisationRule.OUT_OF_SCOPE)
                .forEach(v -> used.add("predecessor." + v.name()));
        Arrays.stream(Direction.values()).forEach(v -> used.add("direction." + v.number()));
        Arrays.stream(SourceType.values()).forEach(v -> used.add("source." + v.number()));
        LANGUAGES.forEach(l -> used.add("language." + l));
        LANGUAGES.forEach(l -> used.add("text.required." + l));
        assertDefined(used);
    }

    @Test
    void should_define_every_message_key_the_java_code_uses() throws IOException {
        Set<String> namespaces = load("messages", "kk").stringPropertyNames().stream()
                .map(k -> k.contains(".") ? k.substring(0, k.indexOf('.')) : k).collect(Collectors.toSet());
        Pattern literal = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9-]+)+)\"");
        Set<String> used = new TreeSet<>();
        for (String module : List.of("ejb", "tenants", "web")) {
            try (Stream<Path> files = Files.walk(SOURCES.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = literal.matcher(Files.readString(file));
                    while (m.find()) {
                        String key = m.group(1);
                        boolean fileName = key.matches(".*\\.(xlsx|csv|pdf|docx|png|jpg|html|ics)");
                        if (!fileName && namespaces.contains(key.substring(0, key.indexOf('.')))) {
                            used.add(key);
                        }
                    }
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(30);
        assertDefined(used);
    }

    private static void assertDefined(Set<String> keys) {
        for (String language : LANGUAGES) {
            Properties p = load("messages", language);
            assertThat(keys).as("keys missing in messages_%s", language)
                    .allMatch(p::containsKey, "defined in messages_" + language);
        }
    }

    private static Properties load(String bundle, String language) {
        String resource = "/i18n/" + bundle + "_" + language + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
