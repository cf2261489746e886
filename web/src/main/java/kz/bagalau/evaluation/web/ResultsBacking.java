package kz.bagalau.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.evaluation.application.BodyResult;
import kz.bagalau.evaluation.application.ResultsService;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.shared.domain.Jsons;
import kz.bagalau.shared.web.EvaluationYears;

/**
 * The region's results for a year: every body with its direction scores and year-over-year changes, total,
 * rating and rank; each score opens its "why this score" chain. A chart shows how many bodies fall in each
 * rating.
 */
@Named
@RequestScoped
public class ResultsBacking {

    private static final JsonProvider JSON = Jsons.PROVIDER;

    @Inject
    private ResultsService results;

    @Inject
    private EvaluationYears years;

    private Integer year;
    private List<BodyResult> rows;

    public void load() {
        year = years.orDefault(year);
        rows = results.overview(year);
    }

    public Map<Rating, Long> getRatingCounts() {
        Map<Rating, Long> counts = new EnumMap<>(Rating.class);
        for (Rating r : Rating.values()) {
            counts.put(r, rows.stream().filter(b -> b.rating() == r).count());
        }
        return counts;
    }

    /**
     * The Chart.js configuration (PrimeFaces' p:chart takes it as JSON) of a bar chart of bodies per rating,
     * with the labels given in the page's language.
     */
    public String chart(String high, String medium, String low, String ineffective, String label) {
        Map<Rating, Long> counts = getRatingCounts();
        JsonArrayBuilder data = JSON.createArrayBuilder();
        for (Rating r : Rating.values()) {
            data.add(counts.get(r));
        }
        JsonObject config = JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", JSON.createObjectBuilder()
                        .add("labels", JSON.createArrayBuilder().add(high).add(medium).add(low).add(ineffective))
                        .add("datasets", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("label", label)
                                .add("data", data)
                                .add("backgroundColor", JSON.createArrayBuilder()
                                        .add("#2e7d32").add("#1565c0").add("#f9a825").add("#c62828")))))
                .add("options", JSON.createObjectBuilder()
                        .add("animation", false)
                        .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder()
                                .add("display", false)))
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("beginAtZero", true).add("ticks", JSON.createObjectBuilder().add("precision", 0)))))
                .build();
        return config.toString();
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<BodyResult> getRows() {
        return rows;
    }

    public List<Integer> getDirections() {
        return List.of(1, 2, 3, 4, 5, 6, 7);
    }
}
