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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A document behind a figure (¶9.3-¶9.4), an inspection, a request's answer or an appeal: its name, checked
 * type, size and SHA-256 (the content lives once per region in the content-addressed store). A confidential
 * file (¶44, ¶45, ¶54) is shown only to the body and the evaluator of its direction.
 */
@Entity
@Table(name = "evidence_file")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class EvidenceFile {

    /** What the document is attached for. */
    public enum Purpose { EVIDENCE, INSPECTION, REQUEST_ANSWER, APPEAL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "direction_evaluation_id", nullable = false)
    private long directionEvaluationId;

    @Column(name = "indicator_value_id")
    private Long indicatorValueId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false)
    private Purpose purpose;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false)
    private String sha256;

    @Column(name = "confidential", nullable = false)
    private boolean confidential;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected EvidenceFile() {
        // for JPA
    }

    public EvidenceFile(long directionEvaluationId, Long indicatorValueId, Purpose purpose, String fileName,
                        String contentType, long size, String sha256, boolean confidential, String by, Instant now) {
        this.directionEvaluationId = directionEvaluationId;
        this.indicatorValueId = indicatorValueId;
        this.purpose = purpose;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.confidential = confidential;
        this.uploadedBy = by;
        this.uploadedAt = now;
    }

    public Long id() {
        return id;
    }

    public long directionEvaluationId() {
        return directionEvaluationId;
    }

    public Long indicatorValueId() {
        return indicatorValueId;
    }

    public Purpose purpose() {
        return purpose;
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

    public String sha256() {
        return sha256;
    }

    public boolean confidential() {
        return confidential;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
