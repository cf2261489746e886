package kz.bagalau.cycle.web;

import jakarta.inject.Inject;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.cycle.application.PublishedResults;
import kz.bagalau.cycle.application.TransparencyService;
import kz.bagalau.shared.domain.Jsons;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The open data of ¶54: every published body line, as CSV ({@code /public/open-data/results.csv}) or JSON
 * ({@code /public/open-data/results.json}), for one year ({@code ?year=}) or all, without a login. The columns are
 * {@link #COLUMNS}, the same in both formats and documented on the public page and in the README; the figures are
 * exactly the published snapshots, so nothing confidential can appear.
 */
@WebServlet("/public/open-data/*")
public class OpenDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The documented columns, in order. */
    public static final List<String> COLUMNS = List.of("region_code", "region_name_kk", "region_name_ru",
            "region_name_en", "year", "published_at", "place", "body_code", "body_name_kk", "body_name_ru",
            "body_name_en", "body_type", "total", "rating", "direction_1", "direction_2", "direction_3", "direction_4",
            "direction_5", "direction_6", "direction_7");

    @Inject
    private transient TransparencyService transparency;

    @Inject
    private transient TenantDirectory tenants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Integer year;
        try {
            year = year(request.getParameter("year"));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "year must be a number between 2010 and 2100");
            return;
        }
        boolean csv = path.equals("/results.csv");
        if (!csv && !path.equals("/results.json")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        List<List<Object>> lines = lines(year);
        String file = "bagalau-results" + (year == null ? "" : "-" + year) + (csv ? ".csv" : ".json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(csv ? "text/csv; charset=UTF-8" : "application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "inline; filename=\"" + file + "\"");
        response.setHeader("Cache-Control", "public, max-age=300");
        try (Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
            if (csv) {
                writeCsv(out, lines);
            } else {
                writeJson(out, lines);
            }
        }
    }

    private static Integer year(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!value.strip().matches("\\d{4}")) {
            throw new IllegalArgumentException(value);
        }
        int y = Integer.parseInt(value.strip());
        if (y < 2010 || y > 2100) {
            throw new IllegalArgumentException(value);
        }
        return y;
    }

    /** One line per published body, in {@link #COLUMNS} order. */
    private List<List<Object>> lines(Integer year) {
        Map<String, TenantSummary> regions = tenants.all().stream()
                .collect(Collectors.toMap(TenantSummary::code, Function.identity()));
        List<List<Object>> lines = new ArrayList<>();
        for (PublishedResults p : transparency.published(year)) {
            TenantSummary region = regions.get(p.tenantCode());
            for (PublishedResults.Row row : p.rows()) {
                List<Object> line = new ArrayList<>(List.of(p.tenantCode(),
                        region == null ? "" : region.nameKk(), region == null ? "" : region.nameRu(),
                        region == null ? "" : region.nameEn(), p.year(), p.publishedAt().toString()));
                line.add(row.place());
                line.addAll(List.of(row.code(), row.nameKk(), row.nameRu(), row.nameEn(), row.type().name()));
                line.add(row.total());
                line.add(row.rating() == null ? null : row.rating().name());
                for (int d = 1; d <= 7; d++) {
                    line.add(row.score(d));
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private static void writeCsv(Writer out, List<List<Object>> lines) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> line : lines) {
                printer.printRecord(line.stream().map(v -> v == null ? "" : v instanceof BigDecimal b
                        ? b.toPlainString() : v.toString()).toList());
            }
        }
    }

    private static void writeJson(Writer out, List<List<Object>> lines) {
        try (JsonGenerator json = Jsons.PROVIDER.createGenerator(out)) {
            json.writeStartArray();
            for (List<Object> line : lines) {
                json.writeStartObject();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    String key = COLUMNS.get(i);
                    Object v = line.get(i);
                    if (v == null) {
                        json.writeNull(key);
                    } else if (v instanceof BigDecimal b) {
                        json.write(key, b);
                    } else if (v instanceof Integer n) {
                        json.write(key, n);
                    } else {
                        json.write(key, v.toString());
                    }
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
    }
}
