package kz.bagalau.registry.application;

import java.util.Locale;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.domain.EvaluatorUnit;
import kz.bagalau.shared.domain.LocalizedText;

/** A responsible unit of an evaluator and its first head (¶64), as pages and breaches show it. */
public record ResponsibleUnit(Role evaluatorRole, Integer direction, LocalizedText name, String headName) {

    public static ResponsibleUnit of(EvaluatorUnit u) {
        return new ResponsibleUnit(u.evaluatorRole(), u.direction(), u.name(), u.headName());
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
