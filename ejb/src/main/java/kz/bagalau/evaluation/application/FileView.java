package kz.bagalau.evaluation.application;

import java.time.Instant;
import kz.bagalau.evaluation.domain.EvidenceFile;

/**
 * A document as a page lists it. For a caller without the need to see a confidential file, only the fact
 * that a confidential document exists is shown: name and hash are withheld and it cannot be downloaded.
 */
public record FileView(long id, String fileName, String contentType, long size, String sha256, boolean confidential,
                       boolean visible, String uploadedBy, Instant uploadedAt) {

    public static FileView of(EvidenceFile f, boolean visible) {
        return visible
                ? new FileView(f.id(), f.fileName(), f.contentType(), f.size(), f.sha256(), f.confidential(), true,
                        f.uploadedBy(), f.uploadedAt())
                : new FileView(f.id(), null, null, f.size(), null, true, false, null, f.uploadedAt());
    }
}
