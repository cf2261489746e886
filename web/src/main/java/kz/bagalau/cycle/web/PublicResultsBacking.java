package kz.bagalau.cycle.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.cycle.application.PublicationService;
import kz.bagalau.cycle.application.PublishedResults;
import kz.bagalau.cycle.domain.Publications;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;

/**
 * The public results page (¶54, ¶9.5), without a login: the list of published regions and years, and one
 * region's year with places, totals, ratings and direction scores. The region in the address only chooses
 * which public snapshot to show; it grants no access to anything else.
 */
@Named
@RequestScoped
public class PublicResultsBacking {

    @Inject
    private PublicationService publications;

    @Inject
    private TenantDirectory tenants;

    private String region;
    private Integer year;
    private PublishedResults results;
    private List<Publications.Published> index;
    private Map<String, TenantSummary> regions;

    public void load() {
        if (region != null && year != null) {
            results = publications.find(region, year).orElse(null);
        }
    }

    public List<Publications.Published> getIndex() {
        if (index == null) {
            index = publications.index();
        }
        return index;
    }

    /** The regions are read once per request: the index names every published region and year. */
    public String regionName(String code, Locale locale) {
        if (regions == null) {
            regions = tenants.all().stream().collect(Collectors.toMap(TenantSummary::code, Function.identity()));
        }
        return Optional.ofNullable(regions.get(code)).map(t -> t.name(locale)).orElse(code);
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

    public PublishedResults getResults() {
        return results;
    }
}
