package kz.bagalau.evaluation.domain;

import java.util.Locale;
import java.util.Set;

/** The kinds of document evidence may be (¶9.3, ¶9.4), with the extensions a file of that kind may carry. */
public enum DocumentKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String contentType;
    private final Set<String> extensions;

    DocumentKind(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = Set.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** Whether a file named {@code fileName} may be of this kind, judged by its extension. */
    public boolean matchesName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return extensions.contains(name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "");
    }
}
