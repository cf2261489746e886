package kz.bagalau.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;

/**
 * ¶60-1: how a body reorganised or liquidated in the first half of the year counts in its successor's total. The
 * rule this portal applies (the Rules give no formula): the mean of the successor's own total and each such
 * predecessor's total, weighted by the days of the year each carried the functions — the successor the whole
 * year, a predecessor from 1 January to the day before its status date. Rounded half up to two decimals, as every
 * total.
 */
public final class SuccessorTotal {

    /** A predecessor's total and the day it was reorganised or liquidated. */
    public record Part(BigDecimal total, LocalDate statusDate) {
    }

    private SuccessorTotal() {
    }

    /** The counted total; empty while the successor or a predecessor has no total yet. */
    public static Optional<BigDecimal> combine(int year, BigDecimal successorTotal, List<Part> predecessors) {
        if (successorTotal == null || predecessors.stream().anyMatch(p -> p.total() == null)) {
            return Optional.empty();
        }
        BigDecimal yearDays = BigDecimal.valueOf(Year.of(year).length());
        BigDecimal sum = successorTotal.multiply(yearDays);
        BigDecimal weights = yearDays;
        for (Part p : predecessors) {
            BigDecimal days = BigDecimal.valueOf(p.statusDate().getDayOfYear() - 1L);
            sum = sum.add(p.total().multiply(days));
            weights = weights.add(days);
        }
        return Optional.of(sum.divide(weights, 2, RoundingMode.HALF_UP));
    }
}
