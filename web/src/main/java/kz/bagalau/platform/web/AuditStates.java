package kz.bagalau.platform.web;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import kz.bagalau.shared.domain.Jsons;

/**
 * The before and after of an audit entry as a reader takes them in: one "field: value" line per recorded
 * field, strings without their quotes, nested values compact. What the chain hashes is the stored JSON; this is
 * only its presentation, so a value that is not an object is shown as it was stored.
 */
final class AuditStates {

    private AuditStates() {
    }

    static List<String> lines(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Jsons.PROVIDER.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                return List.of(shown(value));
            }
            JsonObject object = value.asJsonObject();
            return object.entrySet().stream().map(AuditStates::line).toList();
        } catch (JsonException e) {
            return List.of(json);
        }
    }

    private static String line(Map.Entry<String, JsonValue> field) {
        return field.getKey() + ": " + shown(field.getValue());
    }

    private static String shown(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NULL -> "—";
            default -> value.toString();
        };
    }
}
