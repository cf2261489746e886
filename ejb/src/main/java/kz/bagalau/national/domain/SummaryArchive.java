package kz.bagalau.national.domain;

import java.util.List;
import java.util.Optional;

/** Where every generated version of the 15 August summary is kept (none is ever replaced or deleted). */
public interface SummaryArchive {

    /** The document files of a version. */
    enum Format { PDF, DOCX }

    /** Stores the next version of {@code year} and returns it. */
    SummaryVersion add(int year, String language, String intro, String recommendations, String planningResults,
                       String by, java.time.Instant at, byte[] pdf, byte[] docx);

    /** The versions of {@code year}, newest first. */
    List<SummaryVersion> ofYear(int year);

    Optional<SummaryVersion> find(long id);

    Optional<byte[]> file(long id, Format format);

    /** Records the sending once; returns false when the version was already sent. */
    boolean markSent(long id, String by, java.time.Instant at);
}
