package kz.bagalau.evaluation.infrastructure;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import kz.bagalau.evaluation.application.ConclusionReport;

/** The report part of a conclusion as stored: JSON written and read by JSON-B. */
public final class ReportJson {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ReportJson() {
    }

    public static String write(ConclusionReport report) {
        return JSON.toJson(report);
    }

    public static ConclusionReport read(String json) {
        return JSON.fromJson(json, ConclusionReport.class);
    }
}
