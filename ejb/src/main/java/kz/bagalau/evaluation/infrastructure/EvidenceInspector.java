package kz.bagalau.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.bagalau.evaluation.application.DocumentInspector;
import kz.bagalau.evaluation.domain.DocumentKind;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Decides what an uploaded document really is, from its content: Apache POI's {@link FileMagic} reads the
 * signature (PDF, PNG, OOXML container; JPEG by its start-of-image marker), and an OOXML container is told
 * apart as a Word or an Excel file by its parts. The file name's extension must agree with the content; anything else is refused.
 */
@ApplicationScoped
public class EvidenceInspector implements DocumentInspector {

    @Override
    public Optional<DocumentKind> inspect(String fileName, byte[] content) {
        return byContent(content).filter(k -> k.matchesName(fileName));
    }

    static Optional<DocumentKind> byContent(byte[] content) {
        // Any JPEG starts with the SOI marker and another marker (APP0 JFIF, APP1 Exif, APP2 ICC, DQT...);
        // FileMagic knows only some of them, so cameras' and scanners' files would be refused.
        if (content.length > 3 && (content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(DocumentKind.JPG);
        }
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(content))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        return switch (magic) {
            case PDF -> Optional.of(DocumentKind.PDF);
            case PNG -> Optional.of(DocumentKind.PNG);
            case OOXML -> ooxmlKind(content);
            default -> Optional.empty();
        };
    }

    private static Optional<DocumentKind> ooxmlKind(byte[] content) {
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
            return Optional.of(DocumentKind.DOCX);
        }
        if (parts.contains("xl/workbook.xml")) {
            return Optional.of(DocumentKind.XLSX);
        }
        return Optional.empty();
    }
}
