package kz.bagalau.national.domain;

import java.math.BigDecimal;

/** A region's year for one type of body: bodies evaluated and scored, their mean total and bodies per band. */
public record TypeResult(String region, int year, String bodyType, int bodies, int bodiesScored, BigDecimal meanTotal,
                         int ratingHigh, int ratingMedium, int ratingLow, int ratingIneffective) {
}
