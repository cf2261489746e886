package kz.bagalau.methodology.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import kz.bagalau.methodology.domain.Applicability;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.Polarity;
import kz.bagalau.methodology.domain.RuleType;

/** An indicator as pages and the API show it. */
public record IndicatorView(long id, String code, String nameKk, String nameRu, String nameEn, String descriptionKk,
                            String descriptionRu, String descriptionEn, String unit, Polarity polarity,
                            RuleType ruleType, String ruleParams, List<String> extraInputs, boolean hasTarget,
                            BigDecimal weight, BigDecimal maxPoints, int sourceType, boolean evidenceRequired,
                            Applicability appliesTo, BigDecimal minValue, BigDecimal maxValue) {

    public IndicatorView {
        extraInputs = List.copyOf(extraInputs);
    }

    static IndicatorView of(Indicator i) {
        return new IndicatorView(i.id(), i.code(), i.name().kk(), i.name().ru(), i.name().en(),
                i.description(Locale.forLanguageTag("kk")), i.description(Locale.forLanguageTag("ru")),
                i.description(Locale.ENGLISH), i.unit(), i.polarity(), i.ruleType(), i.rule().toJson(),
                i.rule().extraInputs(), i.hasTarget(), i.weight(), i.maxPoints(), i.sourceType().number(),
                i.evidenceRequired(), i.appliesTo(), i.minValue(), i.maxValue());
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
