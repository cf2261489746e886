package kz.bagalau.cycle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.cycle.application.PublicationService;
import kz.bagalau.cycle.application.PublishedResults;
import kz.bagalau.cycle.application.TransparencyService;
import kz.bagalau.cycle.application.TransparencyService.PublicBodyHit;
import kz.bagalau.cycle.application.TransparencyService.PublicRegionResult;
import kz.bagalau.cycle.application.TransparencyService.YearMean;
import kz.bagalau.shared.web.TileMap;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;

/**
 * The public transparency page (¶54, ¶9.5), without a login. Without a region: the national ranking and tile map
 * of a published year, search by body, and the open data. With a region and year: its bodies' places, totals,
 * ratings and direction scores beside last published year's totals, and the region's mean year by year. The
 * region, year and query in the address only choose which published snapshots to show; they grant nothing else.
 */
@Named
@RequestScoped
public class PublicResultsBacking {

    @Inject
    private PublicationService publications;

    @Inject
    private TransparencyService transparency;

    @Inject
    private TenantDirectory tenants;

    private String region;
    private Integer year;
    private String query;
    private PublishedResults results;
    private List<Integer> years;
    private List<PublicRegionResult> ranking;
    private List<TileMap.Tile<PublicRegionResult>> tiles;
    private List<PublicBodyHit> hits;
    private List<YearMean> trend;
    private Map<String, BigDecimal> previous;
    private Map<String, TenantSummary> regions;

    public void load() {
        if (region != null && year != null) {
            results = publications.find(region, year).orElse(null);
        }
        if (results != null) {
            TransparencyService.RegionHistory history = transparency.history(region, year);
            trend = history.trend();
            previous = history.previousTotals();
            return;
        }
        years = transparency.years();
        if (year == null || !years.contains(year)) {
            year = years.isEmpty() ? null : years.get(0);
        }
        ranking = year == null ? List.of() : transparency.ranking(year);
        tiles = TileMap.of(ranking, PublicRegionResult::tenantCode, PublicRegionResult::meanTotal);
        hits = query == null || query.isBlank() ? null : transparency.search(query);
    }

    /** The regions are read once per request: the index names every published region and year. */
    public String regionName(String code, Locale locale) {
        return Optional.ofNullable(regions().get(code)).map(t -> t.name(locale)).orElse(code);
    }

    /** The region as its page brands it (issue 11): colour and whether it has a logo; null when unknown. */
    public TenantSummary brand(String code) {
        return regions().get(code);
    }

    private Map<String, TenantSummary> regions() {
        if (regions == null) {
            regions = tenants.all().stream().collect(Collectors.toMap(TenantSummary::code, Function.identity()));
        }
        return regions;
    }

    /** A body's total in the region's previous published year, or null (new body, or no earlier year). */
    public BigDecimal previousTotal(String bodyCode) {
        return previous == null ? null : previous.get(bodyCode);
    }

    /** The change against the previous published year, signed, or null when there is nothing to compare. */
    public BigDecimal change(PublishedResults.Row row) {
        BigDecimal before = previousTotal(row.code());
        return before == null || row.total() == null ? null : row.total().subtract(before);
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public PublishedResults getResults() {
        return results;
    }

    public List<Integer> getYears() {
        return years;
    }

    public List<PublicRegionResult> getRanking() {
        return ranking;
    }

    public List<TileMap.Tile<PublicRegionResult>> getTiles() {
        return tiles;
    }

    public List<PublicBodyHit> getHits() {
        return hits;
    }

    public List<YearMean> getTrend() {
        return trend;
    }

    public List<String> getColumns() {
        return OpenDataServlet.COLUMNS;
    }
}
