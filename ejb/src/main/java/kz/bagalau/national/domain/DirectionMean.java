package kz.bagalau.national.domain;

import java.math.BigDecimal;

/** One direction of a region's year: the bodies scored on it and their mean score (null while none is). */
public record DirectionMean(String region, int year, int direction, int scored, BigDecimal meanScore) {
}
