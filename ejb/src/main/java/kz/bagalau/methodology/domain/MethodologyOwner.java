package kz.bagalau.methodology.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import kz.bagalau.identity.domain.Role;

/**
 * The central bodies that develop and approve the methodologies (¶16), each for its own directions: the ministry
 * direction 1 (¶23), the Prime Minister's Office 2 (¶26), the central budget-execution body 3 (¶30), the
 * civil-service agency 4 and 5 (¶33, ¶37), the informatisation body 4 with it and 6 (¶33, ¶40), the Ministry of
 * Justice 7 (¶40-3). Direction 4 has two owners, so it needs both approvals. Each owner is an account role; the
 * ministry's agreement comes on top of the owners' approval (¶16), so for direction 1 the ministry appears twice.
 */
public enum MethodologyOwner {
    MINISTRY(Role.MINISTRY, 1),
    PM_OFFICE(Role.OWNER_PM_OFFICE, 2),
    BUDGET(Role.OWNER_BUDGET, 3),
    CIVIL_SERVICE(Role.OWNER_CIVIL_SERVICE, 4, 5),
    INFORMATISATION(Role.OWNER_INFORMATISATION, 4, 6),
    JUSTICE(Role.OWNER_JUSTICE, 7);

    private final Role role;
    private final Set<Integer> directions;

    MethodologyOwner(Role role, Integer... directions) {
        this.role = role;
        this.directions = Set.of(directions);
    }

    public Role role() {
        return role;
    }

    public boolean develops(Direction direction) {
        return directions.contains(direction.number());
    }

    /** Every owner whose approval a direction's methodology needs before the ministry may agree it. */
    public static Set<MethodologyOwner> of(Direction direction) {
        return Arrays.stream(values()).filter(o -> o.develops(direction))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MethodologyOwner.class)));
    }

    /** The owners a caller acts for, given a test of the caller's roles. */
    public static Set<MethodologyOwner> heldBy(Predicate<Role> callerHas) {
        return Arrays.stream(values()).filter(o -> callerHas.test(o.role))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(MethodologyOwner.class)));
    }
}
