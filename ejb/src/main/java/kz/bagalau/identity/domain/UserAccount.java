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
        if (roles.isEmpty() || roles.stream().anyMatch(Role::national)) {
            throw new RuleViolation("user.roles.regional");
        }
        if (roles.contains(Role.EVALUATED_BODY) != (bodyId != null)) {
            throw new RuleViolation("user.body.required");
        }
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
}
