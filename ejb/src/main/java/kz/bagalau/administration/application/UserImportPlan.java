package kz.bagalau.administration.application;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import kz.bagalau.identity.application.ProfileService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.domain.UserAccount;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.Table;

/**
 * A list of users as uploaded, checked row by row before anything is written: the import is all or nothing, so
 * every problem of every row is found first and reported by row and column.
 */
public final class UserImportPlan {

    /** The columns of the import, in the order of the template. */
    public static final List<String> COLUMNS = List.of("username", "display_name", "roles", "body_code", "email",
            "locale");

    private static final Pattern LOCAL_NAME = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,60}$");
    private static final Pattern MAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<NewRegionUser> users;
    private final List<ImportProblem> problems;

    private UserImportPlan(List<NewRegionUser> users, List<ImportProblem> problems) {
        this.users = List.copyOf(users);
        this.problems = List.copyOf(problems);
    }

    /**
     * Checks {@code table} for region {@code tenant}.
     *
     * @param existing the region's usernames already taken
     * @param bodies   the region's bodies: code → id
     */
    public static UserImportPlan of(Table table, String tenant, Set<String> existing, Map<String, Long> bodies) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String column : List.of("username", "display_name", "roles")) {
            if (!table.header().contains(column)) {
                problems.add(new ImportProblem(table.sheetName(), 0, column, "import.column.missing", List.of(column)));
            }
        }
        if (!problems.isEmpty()) {
            return new UserImportPlan(List.of(), problems);
        }
        if (table.rows().isEmpty()) {
            return new UserImportPlan(List.of(), List.of(ImportProblem.ofFile("import.empty")));
        }
        List<NewRegionUser> users = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Table.Row row : table.rows()) {
            Line line = new Line(table.sheetName(), row, problems);
            String username = usernameOf(tenant, row.get("username"));
            if (username == null) {
                line.problem("username", "user.username.invalid", row.get("username"));
            } else if (existing.contains(username) || !seen.add(username)) {
                line.problem("username", "user.username.taken", username);
            }
            String name = row.get("display_name");
            if (name.isBlank() || name.length() > 200) {
                line.problem("display_name", "user.name.required");
            }
            Set<Role> roles = rolesOf(row.get("roles"));
            if (roles == null) {
                line.problem("roles", "user.roles.unknown", row.get("roles"));
            }
            Long bodyId = null;
            String bodyCode = row.get("body_code");
            if (!bodyCode.isBlank()) {
                bodyId = bodies.get(bodyCode);
                if (bodyId == null) {
                    line.problem("body_code", "user.body.unknown", bodyCode);
                }
            }
            if (roles != null && (bodyCode.isBlank() || bodyId != null)) {
                Long checked = bodyId;
                UserAccount.roleProblem(roles, checked).ifPresent(key -> line.problem("roles", key));
            }
            String email = row.get("email");
            if (!email.isBlank() && (email.length() > 200 || !MAIL.matcher(email).matches())) {
                line.problem("email", "user.email.invalid", email);
            }
            String locale = row.get("locale").toLowerCase(Locale.ROOT);
            if (!locale.isBlank() && !ProfileService.LANGUAGES.contains(locale)) {
                line.problem("locale", "user.locale.invalid", locale);
            }
            if (line.clean()) {
                users.add(new NewRegionUser(username, name, roles, bodyId, email, locale));
            }
        }
        return new UserImportPlan(problems.isEmpty() ? users : List.of(), problems);
    }

    /**
     * The whole login name of a user of {@code tenant}: {@code <tenant>.<name>}, lower case; the prefix is added
     * when only the name is given. Null when the name is not a valid one or names another region.
     */
    public static String usernameOf(String tenant, String typed) {
        String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        String prefix = tenant + ".";
        String local = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
        return LOCAL_NAME.matcher(local).matches() ? prefix + local : null;
    }

    /** Roles written as names separated by commas, semicolons or spaces; null when one is not a role. */
    static Set<Role> rolesOf(String written) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String part : written.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                roles.add(Role.valueOf(part.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return roles.isEmpty() ? null : roles;
    }

    public List<NewRegionUser> users() {
        return users;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** The problems of one row, collected into the plan's list. */
    private static final class Line {
        private final String sheet;
        private final Table.Row row;
        private final List<ImportProblem> problems;
        private boolean clean = true;

        Line(String sheet, Table.Row row, List<ImportProblem> problems) {
            this.sheet = sheet;
            this.row = row;
            this.problems = problems;
        }

        void problem(String column, String key, String... arguments) {
            problems.add(new ImportProblem(sheet, row.number(), column, key, List.of(arguments)));
            clean = false;
        }

        boolean clean() {
            return clean;
        }
    }
}
