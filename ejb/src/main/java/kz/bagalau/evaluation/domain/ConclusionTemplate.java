package kz.bagalau.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A version of one of the ministry's document layouts ({@link LayoutKind}) for one language (¶50). National, not
 * tenant-owned; each save is a new version, so any PDF can be traced to the layout it was made with.
 */
@Entity
@Table(name = "conclusion_template")
public class ConclusionTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private LayoutKind kind;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "html", nullable = false)
    private String html;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConclusionTemplate() {
        // for JPA
    }

    public ConclusionTemplate(LayoutKind kind, String language, int version, String html, String by, Instant now) {
        this.kind = kind;
        this.language = language;
        this.version = version;
        this.html = html;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    public LayoutKind kind() {
        return kind;
    }

    public Long id() {
        return id;
    }

    public String language() {
        return language;
    }

    public int version() {
        return version;
    }

    public String html() {
        return html;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
