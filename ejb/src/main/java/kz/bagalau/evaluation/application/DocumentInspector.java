package kz.bagalau.evaluation.application;

import java.util.Optional;
import kz.bagalau.evaluation.domain.DocumentKind;

/**
 * Tells what an uploaded document really is, from its content, so that the evidence behind a figure (¶9.3,
 * ¶9.4) is a document of an accepted kind and not whatever its name claims.
 */
public interface DocumentInspector {

    /** The kind, when the content is one of the accepted kinds and the file name's extension agrees with it. */
    Optional<DocumentKind> inspect(String fileName, byte[] content);
}
