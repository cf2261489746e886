package kz.bagalau.methodology.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a guidance document (¶11), read only when someone downloads it. */
@Entity
@Table(name = "guidance_content")
public class GuidanceContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected GuidanceContent() {
        // for JPA
    }

    public GuidanceContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
