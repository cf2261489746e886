package kz.bagalau.methodology.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyOwner;
import kz.bagalau.methodology.domain.MethodologyStatus;

/**
 * A methodology version with its whole tree, immutable; what pages and {@code /api/v1/methodologies} show. Its
 * approvals and the ministry's agreement (¶16) say who let it into force; {@code missingApprovals} names the owners
 * a draft still waits for.
 */
public record MethodologyView(long id, int direction, int year, int version, MethodologyStatus status,
                              BigDecimal weight, String approvalRef, Long previousVersionId, String publishedBy,
                              Instant publishedAt, List<CriterionView> criteria, List<ApprovalView> approvals,
                              List<MethodologyOwner> missingApprovals, String agreedBy, Instant agreedAt) {

    /** One owner's recorded approval. */
    public record ApprovalView(MethodologyOwner owner, String approvedBy, Instant approvedAt, String reference) {
    }

    public MethodologyView {
        criteria = List.copyOf(criteria);
        approvals = List.copyOf(approvals);
        missingApprovals = List.copyOf(missingApprovals);
    }

    public static MethodologyView of(Methodology m) {
        return new MethodologyView(m.id(), m.direction().number(), m.year(), m.version(), m.status(), m.weight(),
                m.approvalRef(), m.previousVersionId(), m.publishedBy(), m.publishedAt(),
                m.criteria().stream().map(CriterionView::of).toList(),
                m.approvals().stream().map(a -> new ApprovalView(a.owner(), a.approvedBy(), a.approvedAt(),
                        a.reference())).toList(),
                m.isPublished() ? List.of() : List.copyOf(m.missingApprovals()), m.agreedBy(), m.agreedAt());
    }

    public int indicatorCount() {
        return criteria.stream().mapToInt(c -> c.indicators().size()).sum();
    }

    /** A draft every owner approved: only the ministry's agreement is missing. */
    public boolean awaitingAgreement() {
        return status == MethodologyStatus.DRAFT && missingApprovals.isEmpty();
    }
}
