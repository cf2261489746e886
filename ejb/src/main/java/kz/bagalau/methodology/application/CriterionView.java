package kz.bagalau.methodology.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import kz.bagalau.methodology.domain.Criterion;

/** A criterion with its indicators, as pages and the API show it. */
public record CriterionView(long id, String code, String nameKk, String nameRu, String nameEn, BigDecimal weight,
                            List<IndicatorView> indicators) {

    public CriterionView {
        indicators = List.copyOf(indicators);
    }

    static CriterionView of(Criterion c) {
        return new CriterionView(c.id(), c.code(), c.name().kk(), c.name().ru(), c.name().en(), c.weight(),
                c.indicators().stream().map(IndicatorView::of).toList());
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
