package kz.bagalau.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.primefaces.model.file.UploadedFile;

/**
 * The bytes of a file a form uploaded, or a message in the user's language saying why not — none chosen, larger
 * than the page's limit, unreadable — so each page checks an upload the same way before its service sees it.
 */
public final class UploadedBytes {

    private UploadedBytes() {
    }

    public static Optional<byte[]> read(UploadedFile file, long maxBytes) {
        if (file == null || file.getSize() == 0) {
            FacesMessages.error("upload.empty", "");
            return Optional.empty();
        }
        if (file.getSize() > maxBytes) {
            FacesMessages.error("upload.too-large", file.getFileName());
            return Optional.empty();
        }
        try (InputStream in = file.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            FacesMessages.error("upload.unreadable", file.getFileName());
            return Optional.empty();
        }
    }

    /** Whether the form sent a file at all (for an optional attachment). */
    public static boolean chosen(UploadedFile file) {
        return file != null && file.getSize() > 0;
    }
}
