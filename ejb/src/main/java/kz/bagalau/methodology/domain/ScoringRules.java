package kz.bagalau.methodology.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import kz.bagalau.shared.domain.Jsons;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Reads a rule from its type and JSON parameters, as stored and as the ministry writes them in a methodology
 * spreadsheet: {@code {"target":100}}, {@code {"bands":[[95,100],[85,80],[0,0]]}}, {@code {}},
 * {@code {"per":2,"floor":0}}, {@code {"expression":"(planned-contracted)/planned*500","inputs":["planned","contracted"]}}.
 */
public final class ScoringRules {

    private ScoringRules() {
    }

    public static ScoringRule parse(RuleType type, String json) {
        JsonObject p = object(json);
        try {
            return switch (type) {
                case RATIO -> new RatioRule(p.containsKey("target") ? number(p, "target") : null);
                case BANDS -> new BandsRule(p.getJsonArray("bands").getValuesAs(JsonArray.class).stream()
                        .map(a -> new BandsRule.Band(a.getJsonNumber(0).bigDecimalValue(),
                                a.getJsonNumber(1).bigDecimalValue()))
                        .toList());
                case YES_NO -> new YesNoRule();
                case PENALTY -> new PenaltyRule(number(p, "per"), p.containsKey("floor") ? number(p, "floor")
                        : BigDecimal.ZERO);
                case FORMULA -> new FormulaRule(p.getString("expression", null),
                        p.containsKey("inputs") ? p.getJsonArray("inputs").getValuesAs(JsonString.class).stream()
                                .map(JsonString::getString).toList() : List.of());
            };
        } catch (ClassCastException | NullPointerException | IndexOutOfBoundsException e) {
            throw new RuleViolation("methodology.rule.params", type.name(), json);
        }
    }

    private static BigDecimal number(JsonObject p, String key) {
        JsonValue v = p.get(key);
        if (!(v instanceof JsonNumber n)) {
            throw new RuleViolation("methodology.rule.params", key, p.toString());
        }
        return n.bigDecimalValue();
    }

    private static JsonObject object(String json) {
        String text = json == null || json.isBlank() ? "{}" : json;
        try (JsonReader reader = Jsons.PROVIDER.createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new RuleViolation("methodology.rule.json", text);
        }
    }
}
