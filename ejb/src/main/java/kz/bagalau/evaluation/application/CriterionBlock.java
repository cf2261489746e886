package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A criterion of a direction with its score (once scored) and its indicator rows. */
public record CriterionBlock(String code, String nameKk, String nameRu, String nameEn, BigDecimal weight,
                             BigDecimal score, List<ValueRow> rows) {

    public CriterionBlock {
        rows = List.copyOf(rows);
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
