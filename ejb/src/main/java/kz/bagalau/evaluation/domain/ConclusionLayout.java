package kz.bagalau.evaluation.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * What a conclusion layout (¶50) may contain. A layout is the ministry's, but every region's PDF is drawn from
 * it on the server, so it is held to a closed language: Mustache variables and sections from a fixed set, all
 * escaped; no partials, no inheritance, no delimiter changes, no unescaped output; and no reference to anything
 * outside the document itself — no link, image, frame, script, import or {@code url()} of any scheme. Fonts
 * are the portal's own. A refusal names the offending tag or construct as typed, never a server path.
 */
public final class ConclusionLayout {

    /** The variables of a direction's conclusion, by section; "" is the top level. */
    private static final Map<String, Set<String>> VARIABLES = Map.of(
            "", Set.of("draft", "region", "body", "bodyCode", "year", "direction", "directionName", "version",
                    "correction", "correctionReason", "sentAt", "sentBy", "score", "previousScore", "change",
                    "criteria", "followupResults", "findings", "recommendations"),
            "criteria", Set.of("code", "name", "score", "indicators"),
            "indicators", Set.of("code", "name", "unit", "actual", "target", "source", "verification", "points",
                    "maxPoints", "previousPoints"));

    /** What the general-evaluation and the commission's conclusions share: the summary and the table of bodies. */
    private static final Set<String> REGION_YEAR = Set.of("region", "year", "bodyCount", "meanTotal", "high",
            "medium", "low", "ineffective", "directions", "bodies");

    private static final Map<String, Set<String>> GENERAL_VARIABLES = Map.of(
            "", union(REGION_YEAR, Set.of("draft", "assembledAt", "submittedAt", "submittedBy", "opinions")),
            "directions", Set.of("number", "name"),
            "bodies", Set.of("place", "name", "code", "total", "rating", "scores"),
            "scores", Set.of("score"),
            "opinions", Set.of("expert", "about", "text"));

    private static final Map<String, Set<String>> COMMISSION_VARIABLES = Map.of(
            "", union(REGION_YEAR, Set.of("conclusion", "recordedBy", "sentAt")),
            "directions", Set.of("number", "name"),
            "bodies", Set.of("place", "name", "code", "total", "rating", "scores"),
            "scores", Set.of("score"));

    private static final Pattern TAG = Pattern.compile("\\{\\{(\\{?)(.*?)\\}\\}(\\}?)", Pattern.DOTALL);
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(\\b(?:href|src|srcset|data|xlink:href|action"
            + "|poster|background)\\s*=|url\\s*\\(|@import|@font-face|<\\s*/?\\s*(?:link|img|image|object|embed|iframe"
            + "|frame|script|base|svg|video|audio|source|meta\\s+http-equiv)\\b)");

    private ConclusionLayout() {
    }

    /**
     * @throws RuleViolation "template.empty", "template.partial", "template.unescaped", "template.delimiters",
     *                       "template.variable.unknown", "template.section.unbalanced" or "template.external"
     */
    public static void check(String html) {
        check(LayoutKind.DIRECTION_CONCLUSION, html);
    }

    /** As {@link #check(String)}, with the variables of the given document. */
    public static void check(LayoutKind kind, String html) {
        if (html == null || html.isBlank()) {
            throw new RuleViolation("template.empty");
        }
        checkTags(html, switch (kind) {
            case DIRECTION_CONCLUSION -> VARIABLES;
            case GENERAL_EVALUATION -> GENERAL_VARIABLES;
            case COMMISSION_CONCLUSION -> COMMISSION_VARIABLES;
        });
        Matcher external = EXTERNAL.matcher(html);
        if (external.find()) {
            throw new RuleViolation("template.external", external.group().strip());
        }
    }

    private static void checkTags(String html, Map<String, Set<String>> variables) {
        Deque<String> sections = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            String tag = m.group(2).strip();
            if (!m.group(1).isEmpty() || !m.group(3).isEmpty() || tag.startsWith("&")) {
                throw new RuleViolation("template.unescaped", "{{" + m.group(1) + m.group(2) + "}}" + m.group(3));
            }
            if (tag.startsWith("!")) {
                continue;
            }
            if (tag.startsWith(">") || tag.startsWith("<") || tag.startsWith("$")) {
                throw new RuleViolation("template.partial", "{{" + tag + "}}");
            }
            if (tag.startsWith("=")) {
                throw new RuleViolation("template.delimiters", "{{" + tag + "}}");
            }
            char kind = tag.isEmpty() ? ' ' : tag.charAt(0);
            String name = kind == '#' || kind == '^' || kind == '/' ? tag.substring(1).strip() : tag;
            if (kind == '/') {
                if (sections.isEmpty() || !sections.peek().equals(name)) {
                    throw new RuleViolation("template.section.unbalanced", "{{" + tag + "}}");
                }
                sections.pop();
                continue;
            }
            if (!known(name, sections, variables)) {
                throw new RuleViolation("template.variable.unknown", "{{" + tag + "}}");
            }
            if (kind == '#' || kind == '^') {
                sections.push(name);
            }
        }
        if (!sections.isEmpty()) {
            throw new RuleViolation("template.section.unbalanced", "{{#" + sections.peek() + "}}");
        }
    }

    /** A name is known in its section or in any section around it, as Mustache looks names up. */
    private static boolean known(String name, Deque<String> sections, Map<String, Set<String>> variables) {
        if (variables.get("").contains(name)) {
            return true;
        }
        for (String section : sections) {
            if (variables.getOrDefault(section, Set.of()).contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
