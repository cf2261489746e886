package kz.bagalau.identity.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of the Rules. PLATFORM_ADMIN and MINISTRY belong to no region and look across regions (the
 * ministry read-only); every other role acts inside one region. EXPERT covers the independent experts and
 * NGOs the planning body may bring in (¶48).
 */
public enum Role {
    PLATFORM_ADMIN(true),
    MINISTRY(true),
    AKIM(false),
    AKIM_APPARATUS(false),
    PLANNING_BODY(false),
    BUDGET_BODY(false),
    EVALUATED_BODY(false),
    COMMISSION_MEMBER(false),
    COMMISSION_WORKING_BODY(false),
    EXPERT(false);

    /** Compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
        public static final String MINISTRY = "MINISTRY";
        public static final String AKIM = "AKIM";
        public static final String AKIM_APPARATUS = "AKIM_APPARATUS";
        public static final String PLANNING_BODY = "PLANNING_BODY";
        public static final String BUDGET_BODY = "BUDGET_BODY";
        public static final String EVALUATED_BODY = "EVALUATED_BODY";
        public static final String COMMISSION_MEMBER = "COMMISSION_MEMBER";
        public static final String COMMISSION_WORKING_BODY = "COMMISSION_WORKING_BODY";
        public static final String EXPERT = "EXPERT";

        private Names() {
        }
    }

    private final boolean crossTenant;

    Role(boolean crossTenant) {
        this.crossTenant = crossTenant;
    }

    public boolean crossTenant() {
        return crossTenant;
    }

    /** Whether this is one of the three authorised evaluators of ¶10: planning body, budget body, apparatus. */
    public boolean authorisedEvaluator() {
        return this == PLANNING_BODY || this == BUDGET_BODY || this == AKIM_APPARATUS;
    }

    /** Parses the comma-separated form stored in {@code app_user.roles}. */
    public static Set<Role> parseAll(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(stored.split(","))
                .map(String::strip)
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    public static String formatAll(Set<Role> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }
}
