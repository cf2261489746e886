package kz.bagalau.national.domain;

import java.time.Instant;

/**
 * When a region reached a tenth of a step of many acts in a year: {@code decile} 3 of {@code REPORTING} is the
 * instant 30 % of its bodies had submitted. Last year's paces tell where the region stood at the same point.
 */
public record RegionPace(String region, int year, String step, int decile, Instant reachedAt) {
}
