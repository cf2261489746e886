package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import kz.bagalau.evaluation.domain.LayoutKind;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.Means;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * The data the general-evaluation and commission layouts (¶50) are filled with, in one language: plain maps and
 * lists of formatted strings, like {@link ConclusionDocument}'s, so a layout can only print values. Both share
 * the summary (bodies, mean total, bodies per band) and the table of bodies with their direction scores.
 */
final class RegionDocumentModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private RegionDocumentModel() {
    }

    static Map<String, Object> model(LayoutKind kind, RegionDocumentData d, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        m.put("region", d.region());
        m.put("year", d.year());
        m.put("bodyCount", d.lines().size());
        m.put("meanTotal", ConclusionDocument.number(Means.of(d.lines().stream().map(l -> l.result().total()).toList())));
        for (Rating r : Rating.values()) {
            m.put(key(r), d.lines().stream().filter(l -> l.result().rating() == r).count());
        }
        m.put("directions", IntStream.rangeClosed(1, 7).mapToObj(n -> Map.of("number", n,
                "name", Texts.get(locale, "direction." + n))).toList());
        m.put("bodies", d.lines().stream().map(l -> body(l, locale)).toList());
        if (kind == LayoutKind.GENERAL_EVALUATION) {
            m.put("draft", d.submittedAt() == null);
            m.put("assembledAt", date(d.assembledAt(), d.zone()));
            m.put("submittedAt", date(d.submittedAt(), d.zone()));
            m.put("submittedBy", d.submittedBy());
            m.put("opinions", d.opinions().stream().filter(o -> o.text() != null && !o.text().isBlank())
                    .map(o -> {
                        Map<String, Object> op = new HashMap<>();
                        op.put("expert", o.expert());
                        op.put("about", o.about());
                        op.put("text", o.text());
                        return op;
                    }).toList());
        } else {
            m.put("conclusion", d.commissionConclusion());
            m.put("recordedBy", d.commissionRecordedBy());
            m.put("sentAt", date(d.commissionSentAt(), d.zone()));
        }
        return m;
    }

    private static Map<String, Object> body(RegionDocumentData.Line l, Locale locale) {
        BodyResult r = l.result();
        Map<String, Object> b = new HashMap<>();
        b.put("place", l.place() == null ? "—" : l.place());
        b.put("name", r.body().name(locale));
        b.put("code", r.body().code());
        b.put("total", ConclusionDocument.number(r.total()));
        b.put("rating", r.rating() == null ? "—" : Texts.get(locale, "rating." + r.rating().name()));
        List<Map<String, Object>> scores = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            BodyResult.DirectionScore s = r.direction(n);
            scores.add(Map.of("score", s == null ? "" : ConclusionDocument.number(s.score())));
        }
        b.put("scores", scores);
        return b;
    }

    private static String key(Rating r) {
        return switch (r) {
            case HIGH -> "high";
            case MEDIUM -> "medium";
            case LOW -> "low";
            case INEFFECTIVE -> "ineffective";
        };
    }

    private static String date(Instant at, ZoneId zone) {
        return at == null ? null : DATE.format(at.atZone(zone));
    }

    /** A sample filled in every part, for checking a layout of the kind before the ministry saves it. */
    static Map<String, Object> sample(LayoutKind kind, Locale locale) {
        BodyRef body = new BodyRef(1, "SAMPLE", "Үлгі басқармасы", "Образец управления", "Sample department",
                BodyType.REGIONAL_DEPARTMENT);
        BodyResult result = new BodyResult(1, body, BigDecimal.valueOf(82.5), Rating.MEDIUM, BigDecimal.valueOf(80),
                "FINAL", IntStream.rangeClosed(1, 6).mapToObj(n -> new BodyResult.DirectionScore(n, n, null, "FINAL",
                        BigDecimal.valueOf(80 + n), null)).toList());
        Instant at = Instant.parse("2026-06-30T05:00:00Z");
        RegionDocumentData data = new RegionDocumentData("—", 2025, ZoneId.of("Asia/Almaty"),
                List.of(new RegionDocumentData.Line(1, result)), at, at, "sample",
                List.of(new RegionDocumentData.ExpertOpinion("expert", "SAMPLE", "—")), "—", "sample", at);
        return model(kind, data, locale);
    }
}
