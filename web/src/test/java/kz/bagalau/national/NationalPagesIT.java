package kz.bagalau.national;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.net.URL;
import java.util.List;
import kz.bagalau.testsupport.PortalClient;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ministry's progress board over the web: the ministry opens the page and the API and sees all 20 regions;
 * a regional user, whatever the role, finds no page (404) and is refused the API (403).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NationalPagesIT {

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("¶53: the results rank the regions by a chosen direction and show every year side by side")
    void should_rank_by_a_direction_and_show_the_years() {
        PortalClient ministry = new PortalClient(url);
        assertThat(ministry.logIn("ministry", "demo")).isTrue();
        JsonArray rows = PortalClient.object(ministry.api("/api/v1/ministry/summary?year=2025", "ministry"))
                .getJsonArray("rows");
        String best = rows.getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(r -> !r.getJsonArray("directionMeans").isNull(2))
                .max(java.util.Comparator.comparing(r -> r.getJsonArray("directionMeans").getJsonNumber(2).bigDecimalValue()))
                .map(r -> r.getJsonObject("region").getString("code")).orElseThrow();

        String page = ministry.get("/app/national.xhtml?year=2025&direction=3").body();

        String ranking = page.substring(page.indexOf("id=\"ranking\""));
        assertThat(ranking.indexOf("<tr id=\"rank-")).as("the first ranked row")
                .isEqualTo(ranking.indexOf("<tr id=\"rank-" + best + "\""));
        assertThat(page).contains("id=\"trendRegions\"").contains("id=\"trend-karaganda\"").contains("id=\"trendDirections\"");
    }

    @Test
    @DisplayName("¶53: the progress board downloads as XLSX with the statuses and reporting figures of the JSON")
    void should_download_the_board_as_xlsx() throws Exception {
        PortalClient ministry = new PortalClient(url);
        JsonArray rows = PortalClient.object(ministry.api("/api/v1/ministry/progress?year=2026", "ministry"))
                .getJsonArray("rows");
        HttpResponse<byte[]> xlsx = ministry.bytes("/api/v1/ministry/progress.xlsx?year=2026&lang=en", "ministry");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (var workbook = org.apache.poi.ss.usermodel.WorkbookFactory.create(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonObject row = rows.getJsonObject(i);
                Row line = sheet.getRow(i + 1);
                assertThat(line.getCell(0).getStringCellValue())
                        .isEqualTo(row.getJsonObject("region").getString("nameEn"));
                assertThat((int) line.getCell(2).getNumericCellValue())
                        .isEqualTo(row.getJsonObject("progress").getInt("bodiesSubmitted"));
            }
        }
        assertThat(new PortalClient(url).bytes("/api/v1/ministry/progress.xlsx?year=2026", "karaganda.akim")
                .statusCode()).as("a regional user").isEqualTo(403);
    }

    @Test
    @DisplayName("¶11, ¶53: the ministry sees every region's progress on the board and in the API")
    void should_show_the_ministry_every_region() {
        PortalClient ministry = new PortalClient(url);
        assertThat(ministry.logIn("ministry", "demo")).isTrue();

        var page = ministry.get("/app/board.xhtml?year=2026");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("region-abai").contains("region-ulytau").contains("region-shymkent");

        var api = ministry.api("/api/v1/ministry/progress?year=2026", "ministry");
        assertThat(api.statusCode()).isEqualTo(200);
        JsonArray rows = PortalClient.object(api).getJsonArray("rows");
        assertThat(rows).hasSize(20);
        assertThat(ministry.apiCall("POST", "/api/v1/admin/national/rebuild", "ministry").statusCode())
                .as("the ministry does not rebuild").isEqualTo(403);
    }

    @Test
    @DisplayName("¶53: the summary's XLSX reads back with the numbers of its JSON, one row per region")
    void should_download_the_summary_as_xlsx_with_the_numbers_of_the_json() throws Exception {
        PortalClient ministry = new PortalClient(url);
        JsonObject json = PortalClient.object(ministry.api("/api/v1/ministry/summary?year=2025", "ministry"));
        JsonObject karaganda = json.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonObject("region").getString("code").equals("karaganda")).findFirst().orElseThrow();

        HttpResponse<byte[]> xlsx = ministry.bytes("/api/v1/ministry/summary.xlsx?year=2025&lang=en", "ministry");

        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPhysicalNumberOfRows()).isEqualTo(21);
            assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Mean total");
            Row row = java.util.stream.IntStream.rangeClosed(1, 20).mapToObj(sheet::getRow)
                    .filter(r -> r.getCell(0).getStringCellValue().equals("Karaganda Region")).findFirst().orElseThrow();
            assertThat(row.getCell(7).getNumericCellValue())
                    .isEqualTo(karaganda.getJsonNumber("meanTotal").doubleValue());
            assertThat((int) row.getCell(5).getNumericCellValue()).isEqualTo(karaganda.getInt("bodiesExpected"));
        }
        assertThat(ministry.logIn("ministry", "demo")).isTrue();
        var page = ministry.get("/app/national.xhtml?year=2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("rank-karaganda").contains("heat-karaganda");
        assertThat(page.body()).as("the tile map places every region").contains("tile-karaganda").contains("tile-ulytau")
                .contains("tile-abai").contains("tile-jetisu");
        assertThat(ministry.get("/app/summary.xhtml?year=2025").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("¶11: no regional role reaches the national board (page 404, API 403)")
    void should_keep_regional_users_out() {
        for (String user : List.of("karaganda.akim", "karaganda.apparatus", "karaganda.planning", "karaganda.body1")) {
            PortalClient client = new PortalClient(url);
            assertThat(client.logIn(user, "demo")).as(user).isTrue();
            assertThat(client.get("/app/board.xhtml?year=2026").statusCode()).as(user).isEqualTo(404);
            assertThat(client.get("/app/national.xhtml?year=2026").statusCode()).as(user).isEqualTo(404);
            assertThat(client.get("/app/summary.xhtml?year=2026").statusCode()).as(user).isEqualTo(404);
            assertThat(client.api("/api/v1/ministry/summary?year=2026", user).statusCode()).as(user).isEqualTo(403);
            assertThat(client.api("/api/v1/ministry/progress?year=2026", user).statusCode()).as(user).isEqualTo(403);
        }
    }
}
