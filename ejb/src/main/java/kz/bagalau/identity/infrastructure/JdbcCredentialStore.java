package kz.bagalau.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import kz.bagalau.identity.domain.CredentialStore;
import kz.bagalau.identity.domain.LoginPolicy;
import kz.bagalau.identity.domain.OriginFailure;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.domain.StoredAccount;
import kz.bagalau.shared.infrastructure.DataSources;

/**
 * Calls the SECURITY DEFINER functions of migration V2 on the application's data source. Inside a container
 * transaction the connection is the transaction's, so a recorded failure commits with its audit entry. An account
 * is read once per request ({@link AccountsOfRequest}); outside a request (a scheduler's job) every read is fresh.
 */
@ApplicationScoped
public class JdbcCredentialStore implements CredentialStore {

    @Resource(lookup = DataSources.APP)
    private DataSource dataSource;

    @Inject
    private AccountsOfRequest request;

    @Override
    public Optional<StoredAccount> findAccount(String username) {
        try {
            Optional<StoredAccount> seen = request.find(username);
            if (seen != null) {
                return seen;
            }
            Optional<StoredAccount> read = readAccount(username);
            request.remember(username, read);
            return read;
        } catch (ContextNotActiveException noRequest) {
            return readAccount(username);
        }
    }

    private Optional<StoredAccount> readAccount(String username) {
        String sql = "select id, tenant_id, username, password_hash, display_name, roles, body_id, locale, enabled,"
                + " locked_until, tenant_suspended, must_change_password from auth_account(?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp locked = rs.getTimestamp("locked_until");
                return Optional.of(new StoredAccount(rs.getLong("id"), rs.getString("username"),
                        rs.getString("tenant_id"), rs.getString("password_hash"), rs.getString("display_name"),
                        Role.parseAll(rs.getString("roles")), rs.getObject("body_id", Long.class),
                        rs.getString("locale"), rs.getBoolean("enabled"),
                        locked == null ? null : locked.toInstant(), rs.getBoolean("tenant_suspended"),
                        rs.getBoolean("must_change_password")));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Account lookup failed", e);
        }
    }

    @Override
    public Optional<Instant> throttledUntil(String username, String origin, Instant now) {
        String sql = "select auth_throttled_until(?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            ps.setString(2, origin);
            ps.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                Timestamp until = rs.next() ? rs.getTimestamp(1) : null;
                return Optional.ofNullable(until).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the login throttle failed", e);
        }
    }

    @Override
    public OriginFailure recordFailure(String username, String origin, Instant now, LoginPolicy policy) {
        forget(username);
        String sql = "select blocked_until, blocked_origins from auth_record_origin_failure(?, ?, ?, ?,"
                + " make_interval(secs => ?), make_interval(secs => ?))";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, username);
            ps.setString(2, origin);
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setInt(4, policy.freeFailures());
            ps.setLong(5, policy.firstDelay().toSeconds());
            ps.setLong(6, policy.maxDelay().toSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Timestamp until = rs.getTimestamp(1);
                return new OriginFailure(Optional.ofNullable(until).map(Timestamp::toInstant), rs.getInt(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Recording a failed login failed", e);
        }
    }

    @Override
    public void recordSuccess(String username, String origin, Instant now) {
        call("select auth_record_success(?, ?)", username, Timestamp.from(now));
        call("select auth_clear_origin(?, ?)", username, origin);
    }

    @Override
    public void lockForCause(String username, Instant until) {
        call("select auth_lock_account(?, ?)", username, Timestamp.from(until));
    }

    @Override
    public void changeLocale(String username, String locale) {
        call("select account_set_locale(?, ?)", username, locale);
    }

    @Override
    public void changePassword(String username, String passwordHash) {
        call("select account_change_password(?, ?)", username, passwordHash);
    }

    private void call(String sql, Object first, Object second) {
        forget(first.toString());
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, first);
            ps.setObject(2, second);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Account update failed", e);
        }
    }

    private void forget(String username) {
        try {
            request.forget(username);
        } catch (ContextNotActiveException noRequest) {
            // Nothing was remembered outside a request.
        }
    }
}
