package kz.bagalau.evaluation.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import kz.bagalau.audit.application.ReadLog;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.NeedToKnow.Reader;
import kz.bagalau.identity.domain.Role;

/**
 * ¶65: the evaluators' first heads answer for disclosing what the evaluation collected, so every read of a
 * body's material by anyone but the body itself (the "why this score" chain, a conclusion or its PDF, a
 * document) is recorded with who, what and when, and shows on the region's audit page. The ministry's reads
 * of published results are not recorded: they are public by then (¶54).
 */
@ApplicationScoped
public class MaterialReads {

    /** What was read, as the audit log names it ({@code READ_} + the name). */
    public enum What { EXPLANATION, CONCLUSION, CONCLUSION_PDF, EVIDENCE }

    @EJB
    private ReadLog log;

    public void record(Reader reader, Evaluation e, What what, String entityType, Object entityId) {
        boolean ownBody = reader.ownBody().map(b -> b == e.bodyId()).orElse(false);
        boolean publishedToMinistry = reader.has(Role.MINISTRY) && reader.published();
        if (ownBody || publishedToMinistry) {
            return;
        }
        log.recordRead(what.name(), entityType, entityId, Map.of("body", e.bodyId(), "year", e.year(),
                "evaluation", e.id()));
    }
}
