package kz.bagalau.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.bagalau.identity.domain.ApiTokens;
import kz.bagalau.shared.infrastructure.DataSources;

/** Calls the SECURITY DEFINER functions of migration V22 on the application's data source. */
@ApplicationScoped
public class JdbcApiTokens implements ApiTokens {

    @Resource(lookup = DataSources.APP)
    private DataSource dataSource;

    @Override
    public long create(String username, String name, String tokenHash, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select api_token_create(?, ?, ?, ?)")) {
            ps.setString(1, username);
            ps.setString(2, name);
            ps.setString(3, tokenHash);
            ps.setTimestamp(4, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating an API token failed", e);
        }
    }

    @Override
    public List<StoredToken> list(String username) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select id, name, created_at, last_used_at, revoked_at "
                     + "from api_token_list(?)")) {
            ps.setString(1, username);
            List<StoredToken> tokens = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tokens.add(new StoredToken(rs.getLong(1), rs.getString(2), instant(rs.getTimestamp(3)),
                            instant(rs.getTimestamp(4)), instant(rs.getTimestamp(5))));
                }
            }
            return tokens;
        } catch (SQLException e) {
            throw new IllegalStateException("Listing API tokens failed", e);
        }
    }

    @Override
    public boolean revoke(String username, long id, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select api_token_revoke(?, ?, ?)")) {
            ps.setString(1, username);
            ps.setLong(2, id);
            ps.setTimestamp(3, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Revoking an API token failed", e);
        }
    }

    @Override
    public Optional<String> userOf(String tokenHash, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select api_token_user(?, ?)")) {
            ps.setString(1, tokenHash);
            ps.setTimestamp(2, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Checking an API token failed", e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
