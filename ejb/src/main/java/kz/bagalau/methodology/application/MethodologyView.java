package kz.bagalau.methodology.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyStatus;

/** A methodology version with its whole tree, immutable; what pages and {@code /api/v1/methodologies} show. */
public record MethodologyView(long id, int direction, int year, int version, MethodologyStatus status,
                              BigDecimal weight, String approvalRef, Long previousVersionId, String publishedBy,
                              Instant publishedAt, List<CriterionView> criteria) {

    public MethodologyView {
        criteria = List.copyOf(criteria);
    }

    public static MethodologyView of(Methodology m) {
        return new MethodologyView(m.id(), m.direction().number(), m.year(), m.version(), m.status(), m.weight(),
                m.approvalRef(), m.previousVersionId(), m.publishedBy(), m.publishedAt(),
                m.criteria().stream().map(CriterionView::of).toList());
    }

    public int indicatorCount() {
        return criteria.stream().mapToInt(c -> c.indicators().size()).sum();
    }
}
