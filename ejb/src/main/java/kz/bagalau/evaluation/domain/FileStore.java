package kz.bagalau.evaluation.domain;

import java.util.Optional;

/** File content addressed by SHA-256 within the current region. */
public interface FileStore {

    /** Stores the bytes (once per region) and returns their SHA-256 in hex. */
    String put(byte[] content);

    Optional<byte[]> get(String sha256);
}
