package kz.bagalau.methodology.application;

import java.math.BigDecimal;
import kz.bagalau.methodology.domain.RatingScale;

/** The rating thresholds of a year, as pages show them. */
public record RatingBands(int year, BigDecimal high, BigDecimal medium, BigDecimal low) {

    static RatingBands of(RatingScale s) {
        return new RatingBands(s.year(), s.high(), s.medium(), s.low());
    }
}
