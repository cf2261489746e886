package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.bagalau.methodology.application.UnitGlossary;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * The data a conclusion layout is filled with, in one language: names in that language, numbers formatted,
 * labels of directions, sources and checks from the portal's bundles. Plain maps and lists, so a layout can
 * only print values (Mustache calls nothing on them).
 */
final class ConclusionDocument {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private ConclusionDocument() {
    }

    static Map<String, Object> model(ConclusionView c, ConclusionReport r, String regionName, ZoneId zone,
                                     Locale locale) {
        Map<String, Object> m = new HashMap<>();
        m.put("draft", !c.sent());
        m.put("region", regionName);
        m.put("body", pick(locale, r.bodyNameKk(), r.bodyNameRu(), r.bodyNameEn()));
        m.put("bodyCode", r.bodyCode());
        m.put("year", r.year());
        m.put("direction", r.direction());
        m.put("directionName", Texts.get(locale, "direction." + r.direction()));
        m.put("version", c.version());
        m.put("correction", c.correctionReason() != null);
        m.put("correctionReason", c.correctionReason());
        m.put("sentAt", c.sentAt() == null ? null : DATE.format(c.sentAt().atZone(zone)));
        m.put("sentBy", c.sentBy());
        m.put("score", number(r.score()));
        m.put("previousScore", r.previousScore() == null ? null : number(r.previousScore()));
        m.put("change", r.previousScore() == null || r.score() == null ? null
                : signed(r.score().subtract(r.previousScore())));
        m.put("criteria", r.criteria().stream().map(k -> Map.of(
                "code", k.code(),
                "name", pick(locale, k.nameKk(), k.nameRu(), k.nameEn()),
                "score", number(k.score()),
                "indicators", k.indicators().stream().map(i -> indicator(i, locale)).toList())).toList());
        m.put("followupResults", c.followupResults());
        m.put("findings", c.findings());
        m.put("recommendations", c.recommendations());
        return m;
    }

    private static Map<String, Object> indicator(ConclusionReport.Indicator i, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", i.code());
        m.put("name", pick(locale, i.nameKk(), i.nameRu(), i.nameEn()));
        m.put("unit", UnitGlossary.nameOf(locale, i.unit()));
        m.put("actual", number(i.actual()));
        m.put("target", number(i.target()));
        m.put("source", i.sourceType() + " · " + Texts.get(locale, "source." + i.sourceType()));
        m.put("verification", Texts.get(locale, "verification." + i.verification()));
        m.put("points", number(i.points()));
        m.put("maxPoints", number(i.maxPoints()));
        m.put("previousPoints", number(i.previousPoints()));
        return m;
    }

    /** A sample filled in every part, for checking a layout before the ministry saves it. */
    static Map<String, Object> sample(Locale locale) {
        ConclusionReport.Indicator indicator = new ConclusionReport.Indicator("1.01", "Көрсеткіш", "Показатель",
                "Indicator", "%", BigDecimal.valueOf(96), BigDecimal.valueOf(100), "ACCEPTED", 5,
                BigDecimal.valueOf(9.6), BigDecimal.TEN, BigDecimal.valueOf(9.1));
        ConclusionReport report = new ConclusionReport("SAMPLE", "Үлгі басқармасы", "Образец управления",
                "Sample department", 2025, 1, 1, BigDecimal.valueOf(88.4), BigDecimal.valueOf(84.1),
                List.of(new ConclusionReport.Criterion("1.1", "Өлшем", "Критерий", "Criterion",
                        BigDecimal.valueOf(88.4), List.of(indicator))));
        ConclusionView view = new ConclusionView(0, 0, 1, null, kz.bagalau.evaluation.domain.Conclusion.Status.DRAFT,
                "", "—", "—", "—", null, "sample", java.time.Instant.EPOCH, null, null, null, 0);
        return model(view, report, "—", ZoneId.of("Asia/Almaty"), locale);
    }

    private static String pick(Locale locale, String kk, String ru, String en) {
        return switch (locale.getLanguage()) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
    }

    static String number(BigDecimal v) {
        return v == null ? "—" : v.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + v.stripTrailingZeros().toPlainString();
    }
}
