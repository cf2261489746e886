package kz.bagalau.administration.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.application.PasswordHasher;
import kz.bagalau.identity.application.ProfileService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.domain.UserAccount;
import kz.bagalau.identity.domain.UserAccountRepository;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.Table;
import kz.bagalau.shared.infrastructure.TableReader;
import kz.bagalau.shared.infrastructure.UnreadableFileException;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The users of the region, as its administrator (REGION_ADMIN) manages them: create, deactivate and reactivate,
 * reset a password, assign roles and the body, import a list. A role change applies at the user's next request
 * (every request re-reads the account); a new or reset password is temporary and shown once. Every change is
 * audited with before and after; a password never is.
 */
@Stateless
@RolesAllowed(Role.Names.REGION_ADMIN)
public class RegionUserAdministration {

    /** A list of a region's users is small; anything larger is not one. */
    public static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024;

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private UserAccountRepository accounts;

    @EJB
    private BodyRegistry bodies;

    @Inject
    private TenantDirectory tenants;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    public List<RegionUserRow> users() {
        return accounts.all().stream().map(RegionUserAdministration::row).toList();
    }

    /** Creates the user with a temporary password, which is returned once. */
    public IssuedPassword create(NewRegionUser user) {
        String tenant = TenantContext.require().tenantCode();
        String username = UserImportPlan.usernameOf(tenant, user.username());
        if (username == null) {
            throw new RuleViolation("user.username.invalid", String.valueOf(user.username()));
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new RuleViolation("user.username.taken", username);
        }
        requireOwnBody(user.bodyId());
        String locale = user.locale() == null || user.locale().isBlank()
                ? tenants.get(tenant).defaultLocale() : user.locale();
        if (!ProfileService.LANGUAGES.contains(locale)) {
            throw new RuleViolation("user.locale.invalid", locale);
        }
        if (user.email() != null && user.email().length() > 200) {
            throw new RuleViolation("user.email.invalid", user.email());
        }
        String temporary = temporaryPassword();
        UserAccount account = accounts.add(UserAccount.invite(username, user.displayName(), user.roles(),
                user.bodyId(), user.email(), locale, hasher.hash(temporary.toCharArray()), clock.instant()));
        audit.record("USER_CREATED", "user", username, null, state(account));
        return new IssuedPassword(username, temporary);
    }

    /** New roles and body; the user acts with them from the next request on. */
    public RegionUserRow assignRoles(long id, Set<Role> roles, Long bodyId) {
        UserAccount account = accounts.getById(id);
        requireOwnBody(bodyId);
        Map<String, Object> before = state(account);
        account.assignRoles(roles, bodyId);
        audit.record("USER_ROLES_CHANGED", "user", account.username(), before, state(account));
        return row(account);
    }

    /** Ends the user's access from the next request; nothing of what the user did is removed. */
    public void deactivate(long id) {
        UserAccount account = accounts.getById(id);
        Map<String, Object> before = state(account);
        account.disable();
        audit.record("USER_DEACTIVATED", "user", account.username(), before, state(account));
    }

    public void reactivate(long id) {
        UserAccount account = accounts.getById(id);
        Map<String, Object> before = state(account);
        account.enable();
        audit.record("USER_REACTIVATED", "user", account.username(), before, state(account));
    }

    /** A new temporary password, returned once; the user chooses their own at the next login. */
    public IssuedPassword resetPassword(long id) {
        UserAccount account = accounts.getById(id);
        String temporary = temporaryPassword();
        account.resetPassword(hasher.hash(temporary.toCharArray()));
        audit.record("USER_PASSWORD_RESET", "user", account.username(), null, Map.of("mustChangePassword", true));
        return new IssuedPassword(account.username(), temporary);
    }

    /**
     * Imports users from a CSV or XLSX list (columns {@link UserImportPlan#COLUMNS}): every row is checked first,
     * and either all are created, each with a temporary password, or none, with every problem by row and column.
     */
    public UserImportResult importUsers(String fileName, byte[] content) {
        Table table;
        try {
            table = TableReader.read(fileName, content, MAX_IMPORT_BYTES);
        } catch (UnreadableFileException e) {
            return UserImportResult.refused(List.of(ImportProblem.ofFile(e.messageKey(), String.valueOf(fileName))));
        }
        String tenant = TenantContext.require().tenantCode();
        Set<String> taken = accounts.all().stream().map(UserAccount::username).collect(Collectors.toSet());
        Map<String, Long> codes = bodies.list().stream()
                .collect(Collectors.toMap(BodySummary::code, BodySummary::id, (a, b) -> a));
        UserImportPlan plan = UserImportPlan.of(table, tenant, taken, codes);
        if (!plan.problems().isEmpty()) {
            return UserImportResult.refused(plan.problems());
        }
        try {
            List<IssuedPassword> issued = plan.users().stream().map(this::create).toList();
            audit.record("USERS_IMPORTED", "user", null, null, Map.of("file", String.valueOf(fileName),
                    "users", issued.size()));
            return new UserImportResult(issued, List.of());
        } catch (RuleViolation e) {
            // The plan checks what the accounts check; should they still refuse one, nothing of the list stays.
            session.setRollbackOnly();
            return UserImportResult.refused(List.of(ImportProblem.ofFile(e.messageKey(),
                    e.arguments().toArray(String[]::new))));
        }
    }

    /** The region's bodies, for the body a user reports for: id → summary. */
    public Map<Long, BodySummary> bodies() {
        return bodies.list().stream().collect(Collectors.toMap(BodySummary::id, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }

    private void requireOwnBody(Long bodyId) {
        if (bodyId != null && bodies.find(bodyId).isEmpty()) {
            throw new RuleViolation("user.body.unknown", String.valueOf(bodyId));
        }
    }

    static String temporaryPassword() {
        StringBuilder sb = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            sb.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }

    private static Map<String, Object> state(UserAccount a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("displayName", a.displayName());
        m.put("roles", Role.formatAll(a.roles()));
        m.put("bodyId", a.bodyId());
        m.put("email", a.email());
        m.put("locale", a.locale());
        m.put("enabled", a.enabled());
        return m;
    }

    private static RegionUserRow row(UserAccount a) {
        return new RegionUserRow(a.id(), a.username(), a.displayName(), a.roles(), a.bodyId(), a.email(), a.locale(),
                a.enabled(), a.mustChangePassword(), a.lastLoginAt());
    }
}
