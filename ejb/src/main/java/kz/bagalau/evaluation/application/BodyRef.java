package kz.bagalau.evaluation.application;

import java.util.Locale;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.domain.BodyType;

/** The body an evaluation is about, as far as evaluation pages need it. */
public record BodyRef(long id, String code, String nameKk, String nameRu, String nameEn, BodyType type) {

    public static BodyRef of(BodySummary b) {
        return new BodyRef(b.id(), b.code(), b.nameKk(), b.nameRu(), b.nameEn(), b.type());
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
