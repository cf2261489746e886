package kz.bagalau.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.bagalau.cycle.web.OpenDataServlet;
import kz.bagalau.testsupport.PortalClient;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The public transparency page and open data (¶54, ¶9.5), read as an anonymous visitor over HTTP: the open data
 * has exactly the documented columns and the published lines; the ranking orders the regions by the mean of
 * those lines; the search finds a body across regions; the region page agrees with the open data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicTransparencyIT {

    private static final int YEAR = 2025;
    private static final Pattern ROW = Pattern.compile("<tr[^>]*data-ri=\"\\d+\"");

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("¶54, ¶9.5: anyone downloads the published results as CSV and JSON with the documented columns and the same figures")
    void should_give_the_published_results_as_open_data() throws IOException {
        PortalClient anonymous = new PortalClient(url);
        HttpResponse<String> csv = anonymous.get("/public/open-data/results.csv?year=" + YEAR);
        HttpResponse<String> json = anonymous.get("/public/open-data/results.json?year=" + YEAR);

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<CSVRecord> lines = parse(csv.body());
        assertThat(lines).isNotEmpty().allSatisfy(r -> assertThat(r.get("year")).isEqualTo(String.valueOf(YEAR)));
        assertThat(CSVParser.parse(new StringReader(csv.body()), CSVFormat.RFC4180).getRecords().get(0).toList())
                .as("exactly the documented columns, nothing confidential").isEqualTo(OpenDataServlet.COLUMNS);
        JsonArray objects = PortalClient.array(json);
        assertThat(objects).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            JsonObject o = objects.getJsonObject(i);
            assertThat(o.keySet()).containsExactlyInAnyOrderElementsOf(OpenDataServlet.COLUMNS);
            assertThat(o.getString("body_code")).isEqualTo(lines.get(i).get("body_code"));
            assertThat(o.isNull("total") ? "" : o.getJsonNumber("total").bigDecimalValue().toPlainString())
                    .isEqualTo(lines.get(i).get("total"));
        }

        String regionPage = anonymous.get("/public/results.xhtml?region=karaganda&year=" + YEAR).body();
        long published = lines.stream().filter(r -> r.get("region_code").equals("karaganda")).count();
        assertThat(rows(regionPage, "publicResults")).as("the region's page lists the lines of the open data")
                .isEqualTo(published);
    }

    @Test
    @DisplayName("¶54: the national ranking orders the regions by the mean of their published totals, on a tile map of all of them")
    void should_rank_the_regions_by_their_published_mean() throws IOException {
        PortalClient anonymous = new PortalClient(url);
        Map<String, List<CSVRecord>> byRegion = parse(anonymous.get("/public/open-data/results.csv?year=" + YEAR).body())
                .stream().collect(Collectors.groupingBy(r -> r.get("region_code")));
        Map<String, BigDecimal> means = byRegion.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(r -> !r.get("total").isEmpty()).map(r -> new BigDecimal(r.get("total")))
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(e.getValue().stream().filter(r -> !r.get("total").isEmpty()).count()),
                                2, RoundingMode.HALF_UP)));
        String best = means.entrySet().stream().max(Map.Entry.<String, BigDecimal>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        String bestName = byRegion.get(best).get(0).get("region_name_kk");

        String page = anonymous.get("/public/results.xhtml?year=" + YEAR).body();

        assertThat(rows(page, "ranking")).isEqualTo(byRegion.size());
        String firstRow = page.substring(page.indexOf("data-ri=\"0\"", page.indexOf("id=\"ranking\"")));
        assertThat(firstRow.substring(0, firstRow.indexOf("</tr>"))).contains(bestName);
        byRegion.keySet().forEach(code -> assertThat(page).contains("id=\"tile-" + code + "\""));
    }

    @Test
    @DisplayName("¶54: a visitor finds a body by part of its name in any language, across the published years")
    void should_find_a_body_by_name() throws IOException {
        PortalClient anonymous = new PortalClient(url);
        CSVRecord body = parse(anonymous.get("/public/open-data/results.csv?year=" + YEAR).body()).stream()
                .filter(r -> r.get("region_code").equals("abai") && !r.get("body_name_ru").contains("\"")).findFirst()
                .orElseThrow();
        String part = body.get("body_name_ru").substring(0, Math.min(60, body.get("body_name_ru").length()));

        String page = anonymous.get("/public/results.xhtml?q=" + URLEncoder.encode(part, StandardCharsets.UTF_8)).body();

        assertThat(rows(page, "hits")).isPositive();
        assertThat(page).contains(body.get("body_name_kk"));
        assertThat(rows(anonymous.get("/public/results.xhtml?q="
                + URLEncoder.encode("жоқ-мұндай-орган-xyz", StandardCharsets.UTF_8)).body(), "hits")).isZero();
    }

    @Test
    @DisplayName("¶54: the open data answers a bad year with 400 and an unknown file with 404")
    void should_refuse_a_bad_request_for_open_data() {
        PortalClient anonymous = new PortalClient(url);
        assertThat(anonymous.get("/public/open-data/results.csv?year=abc").statusCode()).isEqualTo(400);
        assertThat(anonymous.get("/public/open-data/results.json?year=1999").statusCode()).isEqualTo(400);
        assertThat(anonymous.get("/public/open-data/secrets.csv").statusCode()).isEqualTo(404);
        assertThat(anonymous.get("/public/open-data/results.csv?year=2099").body().strip())
                .as("a year nobody published: the header alone").isEqualTo(String.join(",", OpenDataServlet.COLUMNS));
    }

    private static List<CSVRecord> parse(String csv) throws IOException {
        return CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .get()).getRecords();
    }

    /** The number of data rows of a PrimeFaces table in a page. */
    private static long rows(String page, String tableId) {
        int start = page.indexOf("id=\"" + tableId + "\"");
        assertThat(start).as("table " + tableId).isNotNegative();
        int end = page.indexOf("</table>", start);
        Matcher m = ROW.matcher(page.substring(start, end));
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
