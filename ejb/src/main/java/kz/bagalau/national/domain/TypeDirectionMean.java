package kz.bagalau.national.domain;

import java.math.BigDecimal;

/** A direction's mean score in a region's year over the bodies of one type. */
public record TypeDirectionMean(String region, int year, String bodyType, int direction, int scored,
                                BigDecimal meanScore) {
}
