package kz.bagalau.methodology.application;

import java.time.Instant;
import kz.bagalau.methodology.domain.GuidanceDocument;

/** A guidance document of the ministry (¶11) as pages list it, without its file. */
public record GuidanceView(long id, String language, String title, String fileName, String contentType, long size,
                           String publishedBy, Instant publishedAt, Instant withdrawnAt) {

    static GuidanceView of(GuidanceDocument d) {
        return new GuidanceView(d.id(), d.language(), d.title(), d.fileName(), d.contentType(), d.size(),
                d.publishedBy(), d.publishedAt(), d.withdrawnAt());
    }

    public boolean inForce() {
        return withdrawnAt == null;
    }
}
