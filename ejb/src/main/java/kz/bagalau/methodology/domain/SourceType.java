package kz.bagalau.methodology.domain;

import java.util.Arrays;

/**
 * The eight sources of information of ¶4. Every figure records which one it came from (¶9.3, ¶9.4).
 */
public enum SourceType {
    BODY_REPORTS(1),
    INSPECTIONS(2),
    MONITORING_OF_INSTRUCTIONS(3),
    CONTROL_ACTS(4),
    OFFICIAL_STATISTICS(5),
    INDEPENDENT_EXPERTS(6),
    SOCIOLOGICAL_SURVEYS(7),
    NGO_INFORMATION(8);

    private final int number;

    SourceType(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    public static SourceType of(int number) {
        return Arrays.stream(values()).filter(s -> s.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No source type " + number + " in ¶4"));
    }
}
