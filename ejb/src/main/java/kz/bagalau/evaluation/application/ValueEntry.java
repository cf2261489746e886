package kz.bagalau.evaluation.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One indicator's figure as the data-entry form or the Excel upload sends it; for a figure from a sociological
 * survey (source 7) also the survey's organisation, date and sample (¶34).
 */
public record ValueEntry(long indicatorId, BigDecimal actual, BigDecimal target, Map<String, BigDecimal> inputs,
                         String comment, int sourceType, String surveyOrganisation, LocalDate surveyDate,
                         Integer surveySample) {

    public ValueEntry {
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
    }

    public ValueEntry(long indicatorId, BigDecimal actual, BigDecimal target, Map<String, BigDecimal> inputs,
                      String comment, int sourceType) {
        this(indicatorId, actual, target, inputs, comment, sourceType, null, null, null);
    }
}
