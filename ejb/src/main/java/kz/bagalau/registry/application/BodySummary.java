package kz.bagalau.registry.application;

import java.time.LocalDate;
import java.util.Locale;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.registry.domain.ExecutiveBody;

/** An immutable view of a body for pages, the API and audit snapshots. */
public record BodySummary(long id, String code, String nameKk, String nameRu, String nameEn, BodyType type,
                          EvaluatorFunction evaluatorFunction, BodyStatus status, LocalDate statusDate,
                          Long successorId, String successorCode, String headName, String email, long version) {

    public static BodySummary of(ExecutiveBody b) {
        return new BodySummary(b.id(), b.code(), b.name().kk(), b.name().ru(), b.name().en(), b.type(),
                b.evaluatorFunction(), b.status(), b.statusDate(),
                b.successor() == null ? null : b.successor().id(),
                b.successor() == null ? null : b.successor().code(),
                b.headName(), b.email(), b.version());
    }

    public String name(Locale locale) {
        return switch (locale.getLanguage()) {
            case "ru" -> nameRu;
            case "en" -> nameEn;
            default -> nameKk;
        };
    }
}
