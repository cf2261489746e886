package kz.bagalau.evaluation.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Decides what an uploaded document really is, from its content: Apache POI's {@link FileMagic} reads the
 * signature (PDF, PNG, OOXML container; JPEG by its start-of-image marker), and an OOXML container is told
 * apart as a Word or an Excel file by its parts. The file name's extension must agree with the content; anything else is refused.
 */
public final class EvidenceInspector {

    /** The document kinds evidence may be. */
    public enum Kind {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        JPG("image/jpeg", "jpg", "jpeg"),
        PNG("image/png", "png");

        private final String contentType;
        private final Set<String> extensions;

        Kind(String contentType, String... extensions) {
            this.contentType = contentType;
            this.extensions = Set.of(extensions);
        }

        public String contentType() {
            return contentType;
        }
    }

    private EvidenceInspector() {
    }

    /** The kind of document, if the content is one of the accepted kinds and the name's extension agrees. */
    public static Optional<Kind> inspect(String fileName, byte[] content) {
        Optional<Kind> byContent = byContent(content);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return byContent.filter(k -> k.extensions.contains(extension));
    }

    static Optional<Kind> byContent(byte[] content) {
        // Any JPEG starts with the SOI marker and another marker (APP0 JFIF, APP1 Exif, APP2 ICC, DQT...);
        // FileMagic knows only some of them, so cameras' and scanners' files would be refused.
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(Kind.JPG);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return switch (magic) {
            case PDF -> Optional.of(Kind.PDF);
            case PNG -> Optional.of(Kind.PNG);
            case OOXML -> ooxmlKind(content);
            default -> Optional.empty();
        };
    }

    private static Optional<Kind> ooxmlKind(byte[] content) {
        Set<String> parts = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < 10_000) {
                parts.add(entry.getName());
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!parts.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (parts.contains("word/document.xml")) {
            return Optional.of(Kind.DOCX);
        }
        if (parts.contains("xl/workbook.xml")) {
            return Optional.of(Kind.XLSX);
        }
        return Optional.empty();
    }
}
