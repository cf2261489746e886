package kz.bagalau.methodology.domain;

import java.util.List;
import java.util.Optional;

/** The ministry's methodological guidance documents (¶11), national. */
public interface GuidanceRepository {

    /** Every document, newest first, withdrawn ones included. */
    List<GuidanceDocument> all();

    Optional<GuidanceDocument> findById(long id);

    /** Stores a published document and its file. */
    GuidanceDocument add(GuidanceDocument document, byte[] content);

    Optional<byte[]> contentOf(long id);
}
