package kz.bagalau.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A user of one region, as the region's administrators manage it. Ministry and platform users have no region
 * and are never loaded through this entity (row-level security hides them from the application role).
 */
@Entity
@Table(name = "app_user")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Convert(converter = RoleSetConverter.class)
    @Column(name = "roles", nullable = false)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "body_id")
    private Long bodyId;

    @Column(name = "locale", nullable = false)
    private String locale = "kk";

    @Column(name = "email")
    private String email;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
        // for JPA
    }

    /** A new regional user; an EVALUATED_BODY user must name the body it reports for. */
    public static UserAccount open(String username, String displayName, Set<Role> roles, Long bodyId,
                                   String email, String passwordHash, Instant now) {
        checkRoles(roles, bodyId);
        UserAccount u = new UserAccount();
        u.username = username.strip().toLowerCase(java.util.Locale.ROOT);
        u.displayName = displayName.strip();
        u.roles = EnumSet.copyOf(roles);
        u.bodyId = bodyId;
        u.email = email;
        u.passwordHash = passwordHash;
        u.createdAt = now;
        return u;
    }

    /**
     * A user the region's administrator creates: the password is a temporary one, replaced by the user at the
     * first login; the language is the region's default until the user chooses another.
     */
    public static UserAccount invite(String username, String displayName, Set<Role> roles, Long bodyId,
                                     String email, String locale, String temporaryHash, Instant now) {
        if (displayName == null || displayName.isBlank() || displayName.strip().length() > 200) {
            throw new RuleViolation("user.name.required");
        }
        UserAccount u = open(username, displayName, roles, bodyId, blankToNull(email), temporaryHash, now);
        u.locale = locale;
        u.mustChangePassword = true;
        return u;
    }

    /** New roles (and, for an evaluated body's user, the body); they apply from the user's next request. */
    public void assignRoles(Set<Role> newRoles, Long newBodyId) {
        checkRoles(newRoles, newBodyId);
        roles = EnumSet.copyOf(newRoles);
        bodyId = newBodyId;
    }

    /** A temporary password the administrator hands over; the user must choose their own at the next login. */
    public void resetPassword(String temporaryHash) {
        replacePassword(temporaryHash);
        mustChangePassword = true;
    }

    private static void checkRoles(Set<Role> roles, Long bodyId) {
        roleProblem(roles, bodyId).ifPresent(key -> {
            throw new RuleViolation(key);
        });
    }

    /**
     * What is wrong with giving a regional user {@code roles} (and {@code bodyId}), as a message key; empty when
     * nothing is. The import checks every row with it before it writes anything.
     */
    public static Optional<String> roleProblem(Set<Role> roles, Long bodyId) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Role::national)) {
            return Optional.of("user.roles.regional");
        }
        if (roles.contains(Role.EVALUATED_BODY) != (bodyId != null)) {
            return Optional.of("user.body.required");
        }
        if (roles.contains(Role.EVALUATED_BODY) && roles.size() > 1) {
            // An evaluated body's user reports for the body; evaluating or administering is someone else's job.
            return Optional.of("user.body.only");
        }
        if (roles.contains(Role.REGION_ADMIN) && roles.stream().anyMatch(Role::authorisedEvaluator)) {
            // ¶9.2: the one who sets the region's dates and users does not also evaluate its bodies.
            return Optional.of("user.admin.evaluator");
        }
        return Optional.empty();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void replacePassword(String newHash) {
        passwordHash = newHash;
        failedAttempts = 0;
        lockedUntil = null;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Long bodyId() {
        return bodyId;
    }

    public String locale() {
        return locale;
    }

    public String email() {
        return email;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }
}
