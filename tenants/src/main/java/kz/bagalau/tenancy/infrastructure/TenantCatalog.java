package kz.bagalau.tenancy.infrastructure;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import kz.bagalau.tenancy.domain.TenantType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The region catalogue shipped in {@code tenants/regions.csv}: the 20 regions with their codes, names, centres
 * and time zones. A region of it that the deployment does not have yet is added at start-up; one it has is left
 * as the platform administrator keeps it (renamed, reconfigured, suspended), so the catalogue seeds, the
 * administration governs.
 */
public final class TenantCatalog {

    static final String RESOURCE = "/tenants/regions.csv";

    private TenantCatalog() {
    }

    /** One line of the catalogue. */
    public record Entry(String code, TenantType type, String nameKk, String nameRu, String nameEn,
                        String centreKk, String centreRu, String centreEn, ZoneId zone) {
    }

    public static List<Entry> load() {
        try (InputStream in = TenantCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Region catalogue " + RESOURCE + " is missing from the build");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Entry> parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<Entry> entries = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord r : parser) {
                entries.add(new Entry(r.get("code"), TenantType.fromCatalogueCode(r.get("type")),
                        r.get("name_kk"), r.get("name_ru"), r.get("name_en"),
                        r.get("centre_kk"), r.get("centre_ru"), r.get("centre_en"), ZoneId.of(r.get("time_zone"))));
            }
        }
        return entries;
    }

    /** Adds every catalogue region the deployment does not have yet; returns how many were added. */
    public static int seedMissing(Connection connection) throws SQLException {
        String sql = """
                insert into tenant (code, type, name_kk, name_ru, name_en, centre_kk, centre_ru, centre_en, time_zone)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do nothing
                """;
        List<Entry> entries = load();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Entry e : entries) {
                ps.setString(1, e.code());
                ps.setString(2, e.type().name());
                ps.setString(3, e.nameKk());
                ps.setString(4, e.nameRu());
                ps.setString(5, e.nameEn());
                ps.setString(6, e.centreKk());
                ps.setString(7, e.centreRu());
                ps.setString(8, e.centreEn());
                ps.setString(9, e.zone().getId());
                ps.addBatch();
            }
            int added = 0;
            for (int n : ps.executeBatch()) {
                added += Math.max(n, 0);
            }
            return added;
        }
    }
}
