package kz.bagalau.national.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.national.application.NationalSummary;
import kz.bagalau.national.application.NationalSummaryService;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The ministry's results across the regions (¶53): a tile map of the regions coloured by mean total, regions
 * ranked by mean total with a bar chart, a region ×
 * direction heatmap of mean scores and the bodies per rating band, each a table with its numbers, and the summary
 * as XLSX. Read once per view from the national read model. A regional user finds no such page (404).
 */
@Named
@ViewScoped
public class NationalBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NationalSummaryService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears evaluationYears;

    private Integer year;
    private NationalSummary summary;
    private List<NationalSummary.Row> ranking;
    private BigDecimal low;
    private BigDecimal high;
    private List<Tile> tiles;

    public void load() {
        currentUser.requireAnyOf("national", Role.Names.MINISTRY, Role.Names.PLATFORM_ADMIN);
        year = evaluationYears.orDefault(year);
        summary = service.summary(year);
        ranking = summary.rows().stream().sorted(Comparator.comparing(NationalSummary.Row::meanTotal,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        List<BigDecimal> cells = summary.rows().stream().flatMap(r -> r.directionMeans().stream())
                .filter(java.util.Objects::nonNull).toList();
        low = cells.stream().min(Comparator.naturalOrder()).orElse(null);
        high = cells.stream().max(Comparator.naturalOrder()).orElse(null);
        tiles = tiles();
    }

    /**
     * The heatmap's class for a mean score: five equal steps between the lowest and the highest cell of the table
     * (regions' means lie close together, so an absolute scale would paint them all alike); none where nobody is
     * scored. The number is always written in the cell, the colour only helps the eye.
     */
    public String heat(BigDecimal score) {
        return relativeHeat(score, low, high);
    }

    private static String relativeHeat(BigDecimal score, BigDecimal low, BigDecimal high) {
        if (score == null || low == null || high.compareTo(low) == 0) {
            return "heat-none";
        }
        double share = score.subtract(low).doubleValue() / high.subtract(low).doubleValue();
        return "heat-" + Math.min(4, (int) (share * 5));
    }

    /**
     * Where each region sits on the tile map, roughly as on the map of Kazakhstan (column, row of a 7 × 6 grid).
     * A region the map does not know yet (a future reform) goes in the row below.
     */
    private static final Map<String, int[]> PLACES = Map.ofEntries(Map.entry("north-kazakhstan", new int[] {3, 0}),
            Map.entry("west-kazakhstan", new int[] {0, 1}), Map.entry("kostanay", new int[] {2, 1}),
            Map.entry("akmola", new int[] {3, 1}), Map.entry("astana", new int[] {4, 1}),
            Map.entry("pavlodar", new int[] {5, 1}), Map.entry("atyrau", new int[] {0, 2}),
            Map.entry("aktobe", new int[] {1, 2}), Map.entry("ulytau", new int[] {2, 2}),
            Map.entry("karaganda", new int[] {3, 2}), Map.entry("abai", new int[] {5, 2}),
            Map.entry("east-kazakhstan", new int[] {6, 2}), Map.entry("mangystau", new int[] {0, 3}),
            Map.entry("kyzylorda", new int[] {1, 3}), Map.entry("jetisu", new int[] {5, 3}),
            Map.entry("turkistan", new int[] {2, 4}), Map.entry("jambyl", new int[] {3, 4}),
            Map.entry("almaty-region", new int[] {4, 4}), Map.entry("shymkent", new int[] {2, 5}),
            Map.entry("almaty", new int[] {4, 5}));

    /** A region's tile: its place on the grid and its mean total's colour (relative to the regions' range). */
    public record Tile(NationalSummary.Row row, int column, int line, String heat) {
    }

    /** The tiles of the map, read once per view (JSF asks a page's getters several times per render). */
    public List<Tile> getTiles() {
        return tiles;
    }

    /** The tiles of the map, coloured by mean total between the lowest and the highest region. */
    private List<Tile> tiles() {
        List<BigDecimal> totals = summary.rows().stream().map(NationalSummary.Row::meanTotal)
                .filter(java.util.Objects::nonNull).toList();
        BigDecimal min = totals.stream().min(Comparator.naturalOrder()).orElse(null);
        BigDecimal max = totals.stream().max(Comparator.naturalOrder()).orElse(null);
        int[] spare = {0};
        return summary.rows().stream().map(r -> {
            int[] place = PLACES.getOrDefault(r.region().code(), new int[] {spare[0]++ % 7, 6});
            return new Tile(r, place[0], place[1], relativeHeat(r.meanTotal(), min, max));
        }).toList();
    }

    /** The Chart.js configuration of the ranking: one bar per region with a mean total. */
    public String chart(String label) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (NationalSummary.Row r : ranking) {
            if (r.meanTotal() != null) {
                labels.add(r.region().name(FacesMessages.locale()));
                data.add(r.meanTotal());
            }
        }
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels)
                        .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                                .add("label", label).add("data", data).add("backgroundColor", "#1565c0"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("indexAxis", "y")
                        .add("plugins", Json.createObjectBuilder().add("legend",
                                Json.createObjectBuilder().add("display", false)))
                        .add("scales", Json.createObjectBuilder().add("x", Json.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }

    public StreamedContent getWorkbook() {
        byte[] bytes = service.workbook(year, FacesMessages.locale());
        return DefaultStreamedContent.builder().name("bagalau-summary-" + year + ".xlsx")
                .contentType(NationalResource.XLSX).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public NationalSummary getSummary() {
        return summary;
    }

    public List<NationalSummary.Row> getRanking() {
        return ranking;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
