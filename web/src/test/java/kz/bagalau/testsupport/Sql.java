package kz.bagalau.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain JDBC to the test database, bypassing the application: as the application role (to check row-level
 * security with no ORM in between) or as the owner (to set up or tamper with data the way only someone with
 * database access could). Coordinates come from the same environment the portal reads.
 */
public final class Sql {

    private Sql() {
    }

    public static Connection asApplication() throws SQLException {
        return DriverManager.getConnection(env("BAGALAU_DB_URL"), env("BAGALAU_DB_USER"), env("BAGALAU_DB_PASSWORD"));
    }

    public static Connection asOwner() throws SQLException {
        return DriverManager.getConnection(env("BAGALAU_DB_URL"), env("BAGALAU_DB_OWNER_USER"),
                env("BAGALAU_DB_OWNER_PASSWORD"));
    }

    /** Sets the transaction's tenant as the portal does (the connection must not be in auto-commit). */
    public static void tenant(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }

    public static long count(Connection c, String sql, Object... args) throws SQLException {
        List<List<Object>> rows = rows(c, sql, args);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    public static List<List<Object>> rows(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<Object>> rows = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    public static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    /**
     * Removes a region a test created, with every row of it, so the suite's other tests still see the catalogue's
     * twenty regions. Tables are emptied in passes (a row another table still points at waits for the next pass).
     */
    public static void removeTenant(String code) throws SQLException {
        try (Connection c = asOwner()) {
            c.setAutoCommit(false);
            tenant(c, code);
            List<String> tables = new java.util.ArrayList<>();
            for (List<Object> row : rows(c, "select table_name from information_schema.columns where table_schema = "
                    + "'public' and column_name = 'tenant_id' and table_name in (select tablename from pg_tables "
                    + "where schemaname = 'public')")) {
                tables.add((String) row.get(0));
            }
            for (int pass = 0; pass < 5 && !tables.isEmpty(); pass++) {
                for (String table : List.copyOf(tables)) {
                    java.sql.Savepoint before = c.setSavepoint();
                    try {
                        update(c, "delete from " + table + " where tenant_id = ?", code);
                        tables.remove(table);
                    } catch (SQLException stillReferenced) {
                        c.rollback(before);
                    }
                }
            }
            // The audit chain's head is keyed by the chain (the region's code), not by a tenant column.
            update(c, "delete from audit_chain_head where chain = ?", code);
            update(c, "delete from tenant where code = ?", code);
            c.commit();
        }
    }

    private static String env(String name) {
        String value = System.getenv(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set; run the tests through ./ops/portal test or mvn verify");
        }
        return value;
    }
}
