package kz.bagalau.identity.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles of the Rules. PLATFORM_ADMIN and MINISTRY belong to no region and look across regions (the
 * ministry read-only). The OWNER_ roles are the central bodies that develop and approve one or two directions'
 * methodologies (¶16, ¶26, ¶30, ¶33, ¶37, ¶40, ¶40-3): national too, but they look into no region. Every other
 * role acts inside one region. REGION_ADMIN administers a region (its users, bodies, calendar, the commission's
 * composition) and evaluates nothing: the evaluators must not set the dates of the bodies they evaluate (¶9.2). EXPERT covers the independent experts and NGOs the planning body may bring in (¶48).
 */
public enum Role {
    PLATFORM_ADMIN(true, true),
    MINISTRY(true, true),
    OWNER_PM_OFFICE(false, true),
    OWNER_BUDGET(false, true),
    OWNER_CIVIL_SERVICE(false, true),
    OWNER_INFORMATISATION(false, true),
    OWNER_JUSTICE(false, true),
    REGION_ADMIN(false, false),
    AKIM(false, false),
    AKIM_APPARATUS(false, false),
    PLANNING_BODY(false, false),
    BUDGET_BODY(false, false),
    EVALUATED_BODY(false, false),
    COMMISSION_MEMBER(false, false),
    COMMISSION_WORKING_BODY(false, false),
    EXPERT(false, false);

    /** Compile-time constants for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
        public static final String MINISTRY = "MINISTRY";
        public static final String OWNER_PM_OFFICE = "OWNER_PM_OFFICE";
        public static final String OWNER_BUDGET = "OWNER_BUDGET";
        public static final String OWNER_CIVIL_SERVICE = "OWNER_CIVIL_SERVICE";
        public static final String OWNER_INFORMATISATION = "OWNER_INFORMATISATION";
        public static final String OWNER_JUSTICE = "OWNER_JUSTICE";
        public static final String REGION_ADMIN = "REGION_ADMIN";
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
    private final boolean national;

    Role(boolean crossTenant, boolean national) {
        this.crossTenant = crossTenant;
        this.national = national;
    }

    /** Whether the role looks into regions (the platform administrator and the ministry). */
    public boolean crossTenant() {
        return crossTenant;
    }

    /** Whether the role belongs to no region: the cross-tenant roles and the methodology owners. */
    public boolean national() {
        return national;
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
