package kz.bagalau.methodology.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * The thresholds of the ratings for one evaluated year: a total at or above {@code high} is high, at or above
 * {@code medium} medium, at or above {@code low} low, below it ineffective. Set by the ministry per year; once a
 * methodology of the year is published, bands already set are fixed (also enforced by the database), so every body of the
 * year is rated by the same bands.
 */
@Entity
@Table(name = "rating_scale")
public class RatingScale {

    @Id
    @Column(name = "year")
    private int year;

    @Column(name = "high", nullable = false)
    private BigDecimal high;

    @Column(name = "medium", nullable = false)
    private BigDecimal medium;

    @Column(name = "low", nullable = false)
    private BigDecimal low;

    protected RatingScale() {
        // for JPA
    }

    public RatingScale(int year, BigDecimal high, BigDecimal medium, BigDecimal low) {
        this.year = year;
        change(high, medium, low);
    }

    public final void change(BigDecimal newHigh, BigDecimal newMedium, BigDecimal newLow) {
        if (newHigh == null || newMedium == null || newLow == null
                || newHigh.compareTo(BigDecimal.valueOf(100)) > 0 || newHigh.compareTo(newMedium) <= 0
                || newMedium.compareTo(newLow) <= 0 || newLow.signum() <= 0) {
            throw new RuleViolation("rating.scale.order");
        }
        this.high = newHigh;
        this.medium = newMedium;
        this.low = newLow;
    }

    public Rating rate(BigDecimal total) {
        if (total.compareTo(high) >= 0) {
            return Rating.HIGH;
        }
        if (total.compareTo(medium) >= 0) {
            return Rating.MEDIUM;
        }
        if (total.compareTo(low) >= 0) {
            return Rating.LOW;
        }
        return Rating.INEFFECTIVE;
    }

    public int year() {
        return year;
    }

    public BigDecimal high() {
        return high;
    }

    public BigDecimal medium() {
        return medium;
    }

    public BigDecimal low() {
        return low;
    }
}
