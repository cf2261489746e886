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

    /** The variables of a conclusion, by section; "" is the top level. */
    private static final Map<String, Set<String>> VARIABLES = Map.of(
            "", Set.of("draft", "region", "body", "bodyCode", "year", "direction", "directionName", "version",
                    "correction", "correctionReason", "sentAt", "sentBy", "score", "previousScore", "change",
                    "criteria", "followupResults", "findings", "recommendations"),
            "criteria", Set.of("code", "name", "score", "indicators"),
            "indicators", Set.of("code", "name", "unit", "actual", "target", "source", "verification", "points",
                    "maxPoints", "previousPoints"));

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
        if (html == null || html.isBlank()) {
            throw new RuleViolation("template.empty");
        }
        checkTags(html);
        Matcher external = EXTERNAL.matcher(html);
        if (external.find()) {
            throw new RuleViolation("template.external", external.group().strip());
        }
    }

    private static void checkTags(String html) {
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
            if (!known(name, sections)) {
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
    private static boolean known(String name, Deque<String> sections) {
        if (VARIABLES.get("").contains(name)) {
            return true;
        }
        for (String section : sections) {
            if (VARIABLES.getOrDefault(section, Set.of()).contains(name)) {
                return true;
            }
        }
        return false;
    }
}
