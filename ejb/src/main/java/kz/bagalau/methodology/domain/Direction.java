package kz.bagalau.methodology.domain;

import java.util.Arrays;
import kz.bagalau.registry.domain.BodyType;

/**
 * The seven directions of ¶15. Direction 7 (legal support) applies to district and city akimats only
 * (¶40-1..¶40-3).
 */
public enum Direction {
    STRATEGIC_GOALS(1),
    ACTS_AND_INSTRUCTIONS(2),
    BUDGET(3),
    PUBLIC_SERVICES(4),
    PERSONNEL(5),
    INFORMATION_TECHNOLOGIES(6),
    LEGAL_SUPPORT(7);

    private final int number;

    Direction(int number) {
        this.number = number;
    }

    public int number() {
        return number;
    }

    /** ¶40-1: legal support is evaluated for akimats only; every other direction for every body. */
    public boolean appliesTo(BodyType type) {
        return this != LEGAL_SUPPORT || type.isAkimat();
    }

    public static Direction of(int number) {
        return Arrays.stream(values()).filter(d -> d.number == number).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No direction " + number));
    }
}
