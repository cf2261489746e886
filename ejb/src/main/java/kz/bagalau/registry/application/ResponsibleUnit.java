package kz.bagalau.registry.application;

import java.util.Locale;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.domain.EvaluatorUnit;

/** A responsible unit of an evaluator and its first head (¶64), as pages and breaches show it. */
public record ResponsibleUnit(Role evaluatorRole, Integer direction, String nameKk, String nameRu, String nameEn,
                              String headName) {

    public static ResponsibleUnit of(EvaluatorUnit u) {
        return new ResponsibleUnit(u.evaluatorRole(), u.direction(), u.name().kk(), u.name().ru(), u.name().en(),
                u.headName());
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
