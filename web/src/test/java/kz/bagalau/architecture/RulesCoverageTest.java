package kz.bagalau.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The map from the Rules' clauses to the code: reads the project's clause list ({@code docs/rules-clauses.tsv}),
 * finds every class that cites a clause (¶N in its text) and every test whose name or display name cites it,
 * writes {@code docs/rules-coverage.md}, and fails when an enforceable clause has no test. A clause marked
 * pending (a known gap) fails the build as soon as a test covers it, so the list only ever gets better.
 */
class RulesCoverageTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CITE = Pattern.compile("((?i:decree|transitional) )?¶\\s?(\\d+(?:-\\d+)?)(?:\\.\\d+)?"
            + "(?:\\s?[-–]\\s?¶?(\\d+(?:-\\d+)?))?");
    private static final Pattern TEST_METHOD = Pattern.compile("void\\s+(should_\\w+)\\s*\\(");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\"((?:[^\"\\\\]|\\\\.)*)\"\\)");
    private static final Pattern PARAGRAPH_IN_NAME = Pattern.compile("paragraphs?_(\\d+(?:_\\d+)?(?:_and_\\d+(?:_\\d+)?)*)");

    record Clause(String id, String kind, String title) {
    }

    @Test
    void should_cover_every_enforceable_clause_with_a_test_and_write_the_map() throws IOException {
        Map<String, Clause> clauses = clauses();
        List<String> order = new ArrayList<>(clauses.keySet());
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        Map<String, Set<String>> tests = new LinkedHashMap<>();
        order.forEach(c -> {
            classes.put(c, new TreeSet<>());
            tests.put(c, new TreeSet<>());
        });
        for (Path source : sources("src/main/java")) {
            String name = source.getFileName().toString().replace(".java", "");
            cited(Files.readString(source, StandardCharsets.UTF_8), order).forEach(c -> classes.get(c).add(name));
        }
        for (Path source : sources("src/test/java")) {
            String type = source.getFileName().toString().replace(".java", "");
            String text = Files.readString(source, StandardCharsets.UTF_8);
            Matcher m = TEST_METHOD.matcher(text);
            int previous = 0;
            while (m.find()) {
                Matcher d = DISPLAY_NAME.matcher(text.substring(previous, m.start()));
                String display = d.find() ? d.group(1) : "";
                previous = m.end();
                String method = m.group(1);
                Set<String> cited = new TreeSet<>(cited(display, order));
                Matcher p = PARAGRAPH_IN_NAME.matcher(method);
                while (p.find()) {
                    for (String part : p.group(1).split("_and_")) {
                        String id = part.replace('_', '-');
                        if (clauses.containsKey(id)) {
                            cited.add(id);
                        }
                    }
                }
                cited.forEach(c -> tests.get(c).add(type + "." + method));
            }
        }

        List<String> uncovered = new ArrayList<>();
        List<String> nowCovered = new ArrayList<>();
        for (Clause c : clauses.values()) {
            boolean tested = !tests.get(c.id()).isEmpty();
            if (c.kind().equals("enforceable") && !tested) {
                uncovered.add(c.id());
            }
            if (c.kind().equals("pending") && tested) {
                nowCovered.add(c.id());
            }
        }
        Files.writeString(ROOT.resolve("docs/rules-coverage.md"), report(clauses, classes, tests),
                StandardCharsets.UTF_8);

        assertThat(uncovered).as("enforceable clauses without a test citing them (docs/rules-coverage.md)").isEmpty();
        assertThat(nowCovered).as("pending clauses now tested: mark them enforceable in docs/rules-clauses.tsv")
                .isEmpty();
    }

    private static Map<String, Clause> clauses() throws IOException {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ROOT.resolve("docs/rules-clauses.tsv"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("clause\t")) {
                continue;
            }
            String[] f = line.split("\t", 3);
            clauses.put(f[0], new Clause(f[0], f[1], f[2]));
        }
        return clauses;
    }

    private static List<Path> sources(String under) throws IOException {
        List<Path> all = new ArrayList<>();
        for (String module : List.of("tenants", "ejb", "web")) {
            Path dir = ROOT.resolve(module).resolve(under);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(all::add);
                }
            }
        }
        return all;
    }

    /** The clauses a text cites: ¶N, ¶N-M (a numbered sub-clause), ranges ¶A-¶B, and the decree's ¶4. */
    static Set<String> cited(String text, List<String> order) {
        Set<String> found = new TreeSet<>();
        Matcher m = CITE.matcher(text);
        while (m.find()) {
            String first = m.group(1) != null ? "decree-" + m.group(2) : m.group(2);
            if (!order.contains(first)) {
                continue;
            }
            found.add(first);
            String last = m.group(3);
            if (last != null && order.contains(last) && m.group(1) == null) {
                int from = order.indexOf(first);
                int to = order.indexOf(last);
                for (int i = from; i <= to && to - from < 12; i++) {
                    found.add(order.get(i));
                }
            }
        }
        return found;
    }

    private static String report(Map<String, Clause> clauses, Map<String, Set<String>> classes,
                                 Map<String, Set<String>> tests) {
        long enforceable = clauses.values().stream().filter(c -> !c.kind().equals("informative")).count();
        long covered = clauses.values().stream()
                .filter(c -> !c.kind().equals("informative") && !tests.get(c.id()).isEmpty()).count();
        StringBuilder out = new StringBuilder("""
                # The Rules clause by clause: where the code enforces them and which tests prove it

                Generated by `RulesCoverageTest` from `docs/rules-clauses.tsv`, the code's ¶ citations and the tests'
                names and display names; every build rewrites it. Do not edit by hand.

                """);
        out.append("**").append(covered).append(" of ").append(enforceable)
                .append(" enforceable clauses have at least one test.**\n\n")
                .append("| clause | kind | what it says | classes citing it | tests citing it |\n|---|---|---|---|---|\n");
        for (Clause c : clauses.values()) {
            out.append("| ¶").append(c.id()).append(" | ").append(c.kind()).append(" | ").append(c.title())
                    .append(" | ").append(String.join(", ", classes.get(c.id())))
                    .append(" | ").append(tests.get(c.id()).size()).append(tests.get(c.id()).isEmpty() ? "" : ": ")
                    .append(String.join(", ", tests.get(c.id()))).append(" |\n");
        }
        return out.toString();
    }
}
