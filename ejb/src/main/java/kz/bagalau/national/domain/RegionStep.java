package kz.bagalau.national.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One region-wide step of a region's year as the ministry sees it: the deadline's date in the region and the
 * instant it ends, when the region completed the step, and the region-wide extension granted, if any.
 */
public record RegionStep(String region, int year, String step, LocalDate deadline, Instant endsAt, Instant doneAt,
                         LocalDate extendedUntil) {

    public StepStatus status(Instant now) {
        return StepStatus.of(endsAt, doneAt, now);
    }
}
