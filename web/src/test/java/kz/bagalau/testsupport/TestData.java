package kz.bagalau.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Fresh data for client-side tests, written by SQL the way an administrator's tools would: a new body in a
 * region and its user, with the demo password (copied from a demo account's PBKDF2 hash).
 */
public final class TestData {

    private TestData() {
    }

    /** A new department of {@code tenant} and its user (password "demo"); returns {id, code, username}. */
    public static String[] newBodyWithUser(String tenant) {
        String code = "W" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
        String username = tenant + ".w" + code.toLowerCase();
        try (Connection c = Sql.asOwner()) {
            c.setAutoCommit(false);
            Sql.tenant(c, tenant);
            long id = ((Number) Sql.rows(c, "insert into executive_body (tenant_id, code, name_kk, name_ru, name_en, type) "
                    + "values (?, ?, ?, ?, ?, 'REGIONAL_DEPARTMENT') returning id", tenant, code,
                    "Браузер сынағы " + code, "Браузерный тест " + code, "Browser test " + code).get(0).get(0)).longValue();
            Sql.update(c, "insert into app_user (tenant_id, username, password_hash, display_name, roles, body_id) "
                    + "select ?, ?, password_hash, ?, 'EVALUATED_BODY', ? from app_user where username = 'admin'",
                    tenant, username, "Браузер сынағы " + code, id);
            c.commit();
            return new String[] {String.valueOf(id), code, username};
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
