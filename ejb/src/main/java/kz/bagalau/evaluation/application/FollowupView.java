package kz.bagalau.evaluation.application;

import java.time.Instant;
import kz.bagalau.evaluation.domain.FollowupItem;

/** An earlier instruction or recommendation and what the body reported on it (¶45-1). */
public record FollowupView(long id, int year, FollowupItem.Origin origin, String originRef, Integer direction,
                           String text, String bodyReport, String reportedBy, Instant reportedAt) {

    static FollowupView of(FollowupItem f) {
        return new FollowupView(f.id(), f.year(), f.origin(), f.originRef(), f.direction(), f.text(), f.bodyReport(),
                f.reportedBy(), f.reportedAt());
    }
}
