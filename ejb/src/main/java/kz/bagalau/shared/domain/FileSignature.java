package kz.bagalau.shared.domain;

import java.util.Optional;

/**
 * The media type of a small upload as its first bytes say, never as its name claims: a PDF, a PNG or a JPEG. Used
 * where the portal takes an image or a scanned document (a region's logo, the akim's decision) and keeps it as is.
 */
public final class FileSignature {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private FileSignature() {
    }

    public static Optional<String> of(byte[] c) {
        if (c == null) {
            return Optional.empty();
        }
        if (c.length > 4 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F') {
            return Optional.of(PDF);
        }
        if (c.length > 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
            return Optional.of(PNG);
        }
        if (c.length > 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }
}
