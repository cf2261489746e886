package kz.bagalau.evaluation.domain;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import kz.bagalau.shared.domain.Jsons;

/** The named extra inputs of a formula indicator, stored as a small JSON object of numbers. */
final class InputsJson {

    private InputsJson() {
    }

    static String write(Map<String, BigDecimal> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            return null;
        }
        JsonObjectBuilder b = Jsons.PROVIDER.createObjectBuilder();
        new TreeMap<>(inputs).forEach((k, v) -> {
            if (v != null) {
                b.add(k, v);
            }
        });
        return b.build().toString();
    }

    static Map<String, BigDecimal> read(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try (JsonReader reader = Jsons.PROVIDER.createReader(new StringReader(json))) {
            JsonObject o = reader.readObject();
            Map<String, BigDecimal> values = new TreeMap<>();
            o.forEach((k, v) -> values.put(k, ((JsonNumber) v).bigDecimalValue()));
            return values;
        }
    }
}
