package kz.bagalau.cycle.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.registry.domain.BodyType;

/**
 * A region's published results of one year (¶54, ¶9.5): per body its place, total, rating and direction
 * scores, nothing confidential. Stored as the published snapshot, shown on the public page.
 */
public record PublishedResults(String tenantCode, int year, Instant publishedAt, List<Row> rows) {

    /** One body's published line. */
    public record Row(Integer place, String code, String nameKk, String nameRu, String nameEn, BodyType type,
                      BigDecimal total, Rating rating, List<Score> directions) {

        public Row {
            directions = List.copyOf(directions);
        }

        public String name(Locale locale) {
            return switch (locale.getLanguage()) {
                case "ru" -> nameRu;
                case "en" -> nameEn;
                default -> nameKk;
            };
        }

        public BigDecimal score(int direction) {
            return directions.stream().filter(s -> s.direction() == direction).map(Score::score).findFirst()
                    .orElse(null);
        }
    }

    /** A direction's published score. */
    public record Score(int direction, BigDecimal score) {
    }

    public PublishedResults {
        rows = List.copyOf(rows);
    }
}
