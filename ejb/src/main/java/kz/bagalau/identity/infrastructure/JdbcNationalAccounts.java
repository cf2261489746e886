package kz.bagalau.identity.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import kz.bagalau.identity.domain.NationalAccounts;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.infrastructure.DataSources;

/** Calls the SECURITY DEFINER functions of migration V27 on the application's data source. */
@ApplicationScoped
public class JdbcNationalAccounts implements NationalAccounts {

    @Resource(lookup = DataSources.APP)
    private DataSource dataSource;

    @Override
    public List<NationalAccount> all() {
        String sql = "select id, username, display_name, roles, email, locale, enabled, must_change_password, "
                + "last_login_at from national_accounts()";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            List<NationalAccount> accounts = new ArrayList<>();
            while (rs.next()) {
                Timestamp last = rs.getTimestamp(9);
                accounts.add(new NationalAccount(rs.getLong(1), rs.getString(2), rs.getString(3),
                        Role.parseAll(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getBoolean(7),
                        rs.getBoolean(8), last == null ? null : last.toInstant()));
            }
            return accounts;
        } catch (SQLException e) {
            throw new IllegalStateException("Listing the national accounts failed", e);
        }
    }

    @Override
    public long create(String username, String displayName, Set<Role> roles, String email, String locale,
                       String hash, Instant now) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select national_account_create(?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, username);
            ps.setString(2, displayName);
            ps.setString(3, Role.formatAll(roles));
            ps.setString(4, email);
            ps.setString(5, locale);
            ps.setString(6, hash);
            ps.setTimestamp(7, Timestamp.from(now));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Creating a national account failed", e);
        }
    }

    @Override
    public boolean change(String username, Boolean enabled, Set<Role> roles, String temporaryHash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select national_account_change(?, ?, ?, ?)")) {
            ps.setString(1, username);
            if (enabled == null) {
                ps.setNull(2, Types.BOOLEAN);
            } else {
                ps.setBoolean(2, enabled);
            }
            ps.setString(3, roles == null ? null : Role.formatAll(roles));
            ps.setString(4, temporaryHash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Changing a national account failed", e);
        }
    }
}
