package kz.bagalau.national.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.national.application.NationalSummary;
import kz.bagalau.national.application.NationalSummaryService;
import kz.bagalau.national.application.NationalTrends;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.Jsons;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.shared.web.TileMap;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The ministry's results across the regions (¶53): a tile map of the regions coloured by mean total, regions
 * ranked by mean total or by one direction's mean with a bar chart, a region × direction heatmap of mean scores and
 * the bodies per rating band, the regions and directions year over year, each a table with its numbers, and the
 * summary as XLSX. Read once per view from the national read model. A regional user finds no such page (404).
 */
@Named
@ViewScoped
public class NationalBacking implements Serializable {

    private static final JsonProvider JSON = Jsons.PROVIDER;

    private static final long serialVersionUID = 1L;

    @Inject
    private NationalSummaryService service;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears evaluationYears;

    private Integer year;
    private Integer direction;
    private BodyType bodyType;
    private NationalTrends trends;
    private NationalSummary summary;
    private List<NationalSummary.Row> ranking;
    private BigDecimal low;
    private BigDecimal high;
    private List<TileMap.Tile<NationalSummary.Row>> tiles;

    public void load() {
        currentUser.requireAnyOf("national", Role.Names.MINISTRY, Role.Names.PLATFORM_ADMIN);
        year = evaluationYears.orDefault(year);
        summary = service.summary(year, bodyType);
        if (direction != null && (direction < 1 || direction > 7)) {
            direction = null;
        }
        ranking = summary.rows().stream().sorted(Comparator.comparing(this::rankValue,
                Comparator.nullsLast(Comparator.reverseOrder()))).toList();
        trends = service.trends();
        List<BigDecimal> cells = summary.rows().stream().flatMap(r -> r.directionMeans().stream())
                .filter(java.util.Objects::nonNull).toList();
        low = cells.stream().min(Comparator.naturalOrder()).orElse(null);
        high = cells.stream().max(Comparator.naturalOrder()).orElse(null);
        tiles = TileMap.of(summary.rows(), r -> r.region().code(), NationalSummary.Row::meanTotal);
    }

    /**
     * The heatmap's class for a mean score: five equal steps between the lowest and the highest cell of the table
     * (regions' means lie close together, so an absolute scale would paint them all alike); none where nobody is
     * scored. The number is always written in the cell, the colour only helps the eye.
     */
    public String heat(BigDecimal score) {
        return TileMap.heat(score, low, high);
    }

    /** The tiles of the map, read once per view (JSF asks a page's getters several times per render). */
    public List<TileMap.Tile<NationalSummary.Row>> getTiles() {
        return tiles;
    }

    /** What the ranking orders by: the mean total, or the chosen direction's mean score. */
    public BigDecimal rankValue(NationalSummary.Row r) {
        return direction == null ? r.meanTotal() : r.directionMeans().get(direction - 1);
    }

    /** The Chart.js configuration of the ranking: one bar per region with a value to rank by. */
    public String chart(String label) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (NationalSummary.Row r : ranking) {
            if (rankValue(r) != null) {
                labels.add(r.region().name(FacesMessages.locale()));
                data.add(rankValue(r));
            }
        }
        return JSON.createObjectBuilder().add("type", "bar")
                .add("data", JSON.createObjectBuilder().add("labels", labels)
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("label", label).add("data", data).add("backgroundColor", "#1565c0"))))
                .add("options", JSON.createObjectBuilder().add("animation", false).add("indexAxis", "y")
                        .add("plugins", JSON.createObjectBuilder().add("legend",
                                JSON.createObjectBuilder().add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add("x", JSON.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }

    /** The Chart.js configuration of the directions' national means year over year: one line per direction. */
    public String trendChart(String labelPrefix) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        trends.years().forEach(labels::add);
        JsonArrayBuilder sets = JSON.createArrayBuilder();
        for (NationalTrends.DirectionTrend d : trends.directions()) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
            d.means().forEach(m -> {
                if (m == null) {
                    data.addNull();
                } else {
                    data.add(m);
                }
            });
            sets.add(JSON.createObjectBuilder().add("label", labelPrefix + " " + d.direction()).add("data", data)
                    .add("borderColor", LINE_COLOURS[d.direction() - 1]).add("spanGaps", true));
        }
        return JSON.createObjectBuilder().add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", JSON.createObjectBuilder().add("animation", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }

    private static final String[] LINE_COLOURS = {"#1565c0", "#2e7d32", "#ef6c00", "#6a1b9a", "#c62828", "#00838f",
        "#5d4037"};

    /** A region's name in the reader's language, from the year's summary (every region has a row there). */
    public String regionName(String code) {
        return summary.rows().stream().filter(r -> r.region().code().equals(code)).findFirst()
                .map(r -> r.region().name(FacesMessages.locale())).orElse(code);
    }

    public NationalTrends getTrends() {
        return trends;
    }

    public BodyType getBodyType() {
        return bodyType;
    }

    public void setBodyType(BodyType bodyType) {
        this.bodyType = bodyType;
    }

    public BodyType[] getBodyTypes() {
        return BodyType.values();
    }

    public Integer getDirection() {
        return direction;
    }

    public void setDirection(Integer direction) {
        this.direction = direction;
    }

    public StreamedContent getWorkbook() {
        byte[] bytes = service.workbook(year, bodyType, FacesMessages.locale());
        return DefaultStreamedContent.builder().name("bagalau-summary-" + year + suffix() + ".xlsx")
                .contentType(NationalResource.XLSX).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** The same tables as PDF, in the reader's language and with the page's body-type filter. */
    public StreamedContent getPdf() {
        byte[] bytes = service.tablesPdf(year, bodyType, FacesMessages.locale());
        return DefaultStreamedContent.builder().name("bagalau-summary-" + year + suffix() + ".pdf")
                .contentType("application/pdf").stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    private String suffix() {
        return bodyType == null ? "" : "-" + bodyType.name().toLowerCase(java.util.Locale.ROOT);
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
