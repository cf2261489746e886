package kz.bagalau.evaluation.application;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * The first part of a conclusion (¶47), the evaluation report: a snapshot of the scores when the conclusion
 * was drafted and, frozen, when it was sent. Stored as JSON in the conclusion; the PDF renders it in the
 * reader's language.
 */
public record ConclusionReport(String bodyCode, String bodyNameKk, String bodyNameRu, String bodyNameEn, int year,
                               int direction, int methodologyVersion, BigDecimal score, BigDecimal previousScore,
                               List<Criterion> criteria) {

    /** A criterion's line of the report. */
    public record Criterion(String code, String nameKk, String nameRu, String nameEn, BigDecimal score,
                            List<Indicator> indicators) {
    }

    /** An indicator's line of the report: the scored figure, its source and its points. */
    public record Indicator(String code, String nameKk, String nameRu, String nameEn, String unit, BigDecimal actual,
                            BigDecimal target, String verification, int sourceType, BigDecimal points,
                            BigDecimal maxPoints, BigDecimal previousPoints) {
    }

    private static final Jsonb JSON = JsonbBuilder.create();

    /** The report as stored in the conclusion. */
    public String toJson() {
        return JSON.toJson(this);
    }

    public static ConclusionReport fromJson(String json) {
        return JSON.fromJson(json, ConclusionReport.class);
    }

    public static ConclusionReport of(DirectionView d) {
        return new ConclusionReport(d.body().code(), d.body().nameKk(), d.body().nameRu(), d.body().nameEn(), d.year(),
                d.direction(), d.methodologyVersion(), d.score(), d.previousScore(), d.criteria().stream()
                .map(c -> new Criterion(c.code(), c.nameKk(), c.nameRu(), c.nameEn(), c.score(), c.rows().stream()
                        .map(r -> new Indicator(r.code(), r.nameKk(), r.nameRu(), r.nameEn(), r.unit(),
                                r.effectiveActual(), r.verifiedTarget() != null ? r.verifiedTarget() : r.target(),
                                r.verification().name(), r.sourceType(), r.points(), r.maxPoints(), r.previousPoints()))
                        .toList()))
                .toList());
    }
}
