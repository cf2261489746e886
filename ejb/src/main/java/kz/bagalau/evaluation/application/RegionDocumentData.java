package kz.bagalau.evaluation.application;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What a region's two year-level documents (¶50) are made of: the general evaluation's lines with places, when it
 * was assembled and submitted, the experts' opinions (¶48), and the commission's expert conclusion (¶51). The
 * cycle gathers it under its own access rules; {@link RegionDocuments} only lays it out.
 */
public record RegionDocumentData(String region, int year, ZoneId zone, List<Line> lines, Instant assembledAt,
                                 Instant submittedAt, String submittedBy, List<ExpertOpinion> opinions,
                                 String commissionConclusion, String commissionRecordedBy, Instant commissionSentAt) {

    /** A body's place (null where the reader may not rank) and result. */
    public record Line(Integer place, BodyResult result) {
    }

    /** An expert's written opinion; {@code about} names the body or direction it concerns, if any. */
    public record ExpertOpinion(String expert, String about, String text) {
    }

    public RegionDocumentData {
        lines = List.copyOf(lines);
        opinions = List.copyOf(opinions);
    }
}
