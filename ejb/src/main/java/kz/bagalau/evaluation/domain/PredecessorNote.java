package kz.bagalau.evaluation.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One line of an evaluation's note on a reorganised or liquidated body (¶60-1..¶60-3), stored in a fixed form
 * so that pages can say it in the reader's language: the rule, the closed body, its status date and the
 * successor.
 */
public record PredecessorNote(ReorganisationRule rule, String predecessorCode, LocalDate statusDate,
                              String successorCode) {

    private static final String SEPARATOR = "|";

    /** The stored form of this note. */
    public String line() {
        return String.join(SEPARATOR, rule.name(), predecessorCode, String.valueOf(statusDate), successorCode);
    }

    public static List<PredecessorNote> parse(String note) {
        if (note == null || note.isBlank()) {
            return List.of();
        }
        return Arrays.stream(note.split("\\R")).map(line -> line.split("\\|", -1)).filter(p -> p.length == 4)
                .map(p -> new PredecessorNote(ReorganisationRule.valueOf(p[0]), p[1],
                        "null".equals(p[2]) ? null : LocalDate.parse(p[2]), p[3])).toList();
    }
}
