package kz.bagalau.platform.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import kz.bagalau.cycle.domain.CalendarEntry;
import kz.bagalau.cycle.domain.PublicHolidays;

/**
 * Seeds every region's working-day calendar (the catalogue's and those the platform administrator created) with the statutory holidays of the given years, where the region
 * has no entry for that date yet: the administrators' government transfers and corrections are kept.
 */
final class CalendarSeeder {

    private CalendarSeeder() {
    }

    static int seed(Connection c, int fromYear, int toYear) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        int written = 0;
        try (PreparedStatement tenant = c.prepareStatement("select set_config('app.tenant_id', ?, true)");
             PreparedStatement insert = c.prepareStatement("insert into calendar_day (tenant_id, date, kind, name_kk, "
                     + "name_ru, name_en) values (?, ?, ?, ?, ?, ?) on conflict (tenant_id, date) do nothing")) {
            for (String region : regions(c)) {
                tenant.setString(1, region);
                tenant.execute();
                for (int year = fromYear; year <= toYear; year++) {
                    for (CalendarEntry e : PublicHolidays.of(year)) {
                        insert.setString(1, region);
                        insert.setDate(2, Date.valueOf(e.date()));
                        insert.setString(3, e.kind().name());
                        insert.setString(4, e.nameKk());
                        insert.setString(5, e.nameRu());
                        insert.setString(6, e.nameEn());
                        insert.addBatch();
                    }
                }
                for (int n : insert.executeBatch()) {
                    written += Math.max(n, 0);
                }
            }
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return written;
    }

    private static List<String> regions(Connection c) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select code from tenant order by code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
