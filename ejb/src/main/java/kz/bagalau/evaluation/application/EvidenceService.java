package kz.bagalau.evaluation.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DocumentKind;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.evaluation.domain.FileStore;
import kz.bagalau.evaluation.domain.IndicatorValue;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents behind the figures (¶9.3-¶9.4): only PDF, DOCX, XLSX, JPG and PNG, decided by the content and
 * not by the name, up to {@code bagalau.evidence.max-bytes} (20 MB by default), with their SHA-256 recorded.
 * Downloads respect confidentiality (¶44, ¶45): a confidential file is served to the body and the direction's
 * evaluator only, and to nobody else it even exists under its name.
 */
@Stateless
public class EvidenceService {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private FileStore files;

    @Inject
    private DocumentInspector inspector;

    @Inject
    private EvaluationAccess access;

    @Inject
    private MaterialReads reads;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "bagalau.evidence.max-bytes", defaultValue = "20971520")
    private long maxBytes;

    /** The body attaches a document to one of its figures, while the direction is a draft. */
    @RolesAllowed(Role.Names.EVALUATED_BODY)
    public FileView attach(long directionEvaluationId, long valueId, String fileName, byte[] content,
                           boolean confidential) {
        DirectionEvaluation d = evaluations.getDirection(directionEvaluationId);
        access.requireOwn(d.evaluation());
        if (!d.canReport()) {
            throw new RuleViolation("reporting.locked", d.direction().number());
        }
        IndicatorValue value = d.getValue(valueId);
        return FileView.of(store(d, value.id(), EvidenceFile.Purpose.EVIDENCE, fileName, content, confidential), true);
    }

    /** The body removes a document it attached, while the direction is a draft. */
    @RolesAllowed(Role.Names.EVALUATED_BODY)
    public void detach(long fileId) {
        EvidenceFile f = evaluations.getFile(fileId);
        DirectionEvaluation d = evaluations.getDirection(f.directionEvaluationId());
        access.requireOwn(d.evaluation());
        if (!d.canReport() || f.purpose() != EvidenceFile.Purpose.EVIDENCE) {
            throw new RuleViolation("reporting.locked", d.direction().number());
        }
        evaluations.remove(f);
        audit.record("EVIDENCE_REMOVED", "evidence_file", fileId, Map.of("file", f.fileName(), "sha256", f.sha256()),
                null);
    }

    /** Serves a document to whoever may see it; otherwise "not found". */
    @PermitAll
    public FileContent download(long fileId) {
        EvidenceFile f = evaluations.getFile(fileId);
        DirectionEvaluation d = evaluations.getDirection(f.directionEvaluationId());
        NeedToKnow.Reader reader = access.reader(d.evaluation().year());
        if (!EvaluationAccess.canSeeFile(reader, f, d)) {
            throw new NotFoundException("File", fileId);
        }
        reads.record(reader, d.evaluation(), MaterialReads.What.EVIDENCE, "evidence_file", f.id());
        byte[] content = files.get(f.sha256()).orElseThrow(() -> new NotFoundException("File content", f.sha256()));
        return new FileContent(f.fileName(), f.contentType(), content);
    }

    /** The direction's evaluator attaches an inspection result of another control body (¶43). */
    @RolesAllowed({Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.AKIM_APPARATUS})
    public FileView attachInspection(long directionEvaluationId, String fileName, byte[] content, boolean confidential) {
        DirectionEvaluation d = access.requireEvaluator(evaluations.getDirection(directionEvaluationId));
        return FileView.of(store(d, null, EvidenceFile.Purpose.INSPECTION, fileName, content, confidential), true);
    }

    /**
     * The body attaches a supporting document to its appeal on a direction (¶55); the appeal service has
     * checked that an appeal may be filed.
     */
    @RolesAllowed(Role.Names.EVALUATED_BODY)
    public FileView attachAppealDocument(long directionEvaluationId, String fileName, byte[] content,
                                         boolean confidential) {
        DirectionEvaluation d = evaluations.getDirection(directionEvaluationId);
        access.requireOwn(d.evaluation());
        return FileView.of(store(d, null, EvidenceFile.Purpose.APPEAL, fileName, content, confidential), true);
    }

    /** Checks and stores a document for any purpose; the caller has already checked who may attach it. */
    private EvidenceFile store(DirectionEvaluation d, Long valueId, EvidenceFile.Purpose purpose, String fileName,
                       byte[] content, boolean confidential) {
        if (content == null || content.length == 0) {
            throw new RuleViolation("upload.empty", String.valueOf(fileName));
        }
        if (content.length > maxBytes) {
            throw new RuleViolation("evidence.too-large", fileName, maxBytes / (1024 * 1024));
        }
        DocumentKind kind = inspector.inspect(fileName, content)
                .orElseThrow(() -> new RuleViolation("evidence.type", String.valueOf(fileName)));
        String name = fileName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        String sha = files.put(content);
        EvidenceFile f = evaluations.add(new EvidenceFile(d.id(), valueId, purpose, name.length() > 255
                ? name.substring(name.length() - 255) : name, kind.contentType(), content.length, sha, confidential,
                access.caller().username(), clock.instant()));
        audit.record("FILE_ATTACHED", "evidence_file", f.id(), null, Map.of("file", f.fileName(), "sha256", sha,
                "purpose", purpose.name(), "confidential", confidential, "direction", d.direction().number()));
        return f;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
