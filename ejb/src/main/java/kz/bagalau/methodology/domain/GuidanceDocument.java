package kz.bagalau.methodology.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import kz.bagalau.shared.domain.PlainText;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * ¶11: a document of the central ministry's methodological guidance, in one of the portal's three languages,
 * that every region reads beside the methodologies. Only PDF and Word (DOCX) files, told by their content and
 * not by their name; published once, never edited, withdrawn when superseded. The file's bytes are kept apart
 * ({@link GuidanceContent}) so that a list of documents never reads them.
 */
@Entity
@Table(name = "guidance_document")
public class GuidanceDocument {

    /** A guidance document holds at most this many bytes. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final List<String> LANGUAGES = List.of("kk", "ru", "en");
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size", nullable = false)
    private long size;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected GuidanceDocument() {
        // for JPA
    }

    /**
     * @throws RuleViolation for a language other than kk, ru or en, a missing title, an empty or too large file,
     *                       or a file that is not the PDF or DOCX its name says
     */
    public static GuidanceDocument publish(String language, String title, String fileName, byte[] content, String by,
                                           Instant now) {
        if (!LANGUAGES.contains(language)) {
            throw new RuleViolation("guidance.language.invalid", String.valueOf(language));
        }
        String checkedTitle = PlainText.check(title, 300, "label.guidance.title");
        if (checkedTitle == null) {
            throw new RuleViolation("guidance.title.required");
        }
        String name = PlainText.check(fileName, 255, "label.file");
        if (name == null || content == null || content.length == 0) {
            throw new RuleViolation("guidance.file.required");
        }
        if (content.length > MAX_BYTES) {
            throw new RuleViolation("guidance.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        GuidanceDocument d = new GuidanceDocument();
        d.contentType = typeOf(name, content);
        d.language = language;
        d.title = checkedTitle;
        d.fileName = name;
        d.size = content.length;
        d.publishedBy = by;
        d.publishedAt = now;
        return d;
    }

    private static String typeOf(String name, byte[] content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".pdf") && startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (lower.endsWith(".docx") && startsWith(content, ZIP)) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        throw new RuleViolation("guidance.file.type", name);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The ministry withdraws a document it superseded; the regions no longer see it. */
    public void withdraw(String by, Instant now) {
        if (withdrawnAt != null) {
            throw new RuleViolation("guidance.withdrawn.already");
        }
        withdrawnBy = by;
        withdrawnAt = now;
    }

    public boolean isInForce() {
        return withdrawnAt == null;
    }

    public Long id() {
        return id;
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public long size() {
        return size;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }
}
