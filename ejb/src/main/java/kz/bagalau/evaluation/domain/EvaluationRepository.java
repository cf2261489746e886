package kz.bagalau.evaluation.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.shared.domain.NotFoundException;

/** Evaluations of the current region and everything attached to them. */
public interface EvaluationRepository {

    Optional<Evaluation> findById(long id);

    Optional<Evaluation> findByBodyAndYear(long bodyId, int year);

    List<Evaluation> ofYear(int year);

    Optional<DirectionEvaluation> findDirection(long directionEvaluationId);

    Evaluation add(Evaluation evaluation);

    EvidenceFile add(EvidenceFile file);

    Optional<EvidenceFile> findFile(long fileId);

    List<EvidenceFile> filesOf(long directionEvaluationId);

    void remove(EvidenceFile file);

    List<FollowupItem> followups(long bodyId, int year);

    Optional<FollowupItem> findFollowup(long id);

    FollowupItem add(FollowupItem item);

    void remove(FollowupItem item);

    ControlInspection add(ControlInspection inspection);

    List<ControlInspection> inspectionsOf(long directionEvaluationId);

    PredecessorAnalysis add(PredecessorAnalysis analysis);

    /** ¶60-2: the analyses of second-half predecessors taken into account on a successor's direction. */
    List<PredecessorAnalysis> analysesOf(long directionEvaluationId);

    DocumentRequest add(DocumentRequest request);

    Optional<DocumentRequest> findRequest(long id);

    List<DocumentRequest> requestsOf(List<Long> directionEvaluationIds);

    /** ¶44: the requests addressed to {@code bodyId} about other bodies' evaluations, oldest first. */
    List<DocumentRequest> requestsAddressedTo(long bodyId);

    Conclusion add(Conclusion conclusion);

    Optional<Conclusion> findConclusion(long id);

    /** Every version of the conclusion on a direction, newest first. */
    List<Conclusion> conclusionsOf(long directionEvaluationId);

    /** Every version of the conclusions on these directions, newest first per direction, in one read. */
    Map<Long, List<Conclusion>> conclusionsOf(Collection<Long> directionEvaluationIds);

    /** The version the body received first: the receipt of ¶55 and the 1 June deadline count from it. */
    default Optional<Conclusion> findFirstSentConclusion(long directionEvaluationId) {
        return Conclusion.firstSent(conclusionsOf(directionEvaluationId));
    }

    /** The version in force: the one an appeal is filed against (¶55) and a correction replaces (¶59). */
    default Optional<Conclusion> findLatestSentConclusion(long directionEvaluationId) {
        return conclusionsOf(directionEvaluationId).stream().filter(Conclusion::isSent).findFirst();
    }

    /** ¶55, ¶60: the newest sent version the body may appeal: the first, or one corrected by a re-check. */
    default Optional<Conclusion> findAppealableConclusion(long directionEvaluationId) {
        return conclusionsOf(directionEvaluationId).stream().filter(Conclusion::isSent).filter(Conclusion::isAppealable)
                .findFirst();
    }

    void flush();

    default Evaluation getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("Evaluation", id));
    }

    default DirectionEvaluation getDirection(long id) {
        return findDirection(id).orElseThrow(() -> new NotFoundException("Direction evaluation", id));
    }

    default Conclusion getConclusion(long id) {
        return findConclusion(id).orElseThrow(() -> new NotFoundException("Conclusion", id));
    }

    default EvidenceFile getFile(long id) {
        return findFile(id).orElseThrow(() -> new NotFoundException("File", id));
    }

    default FollowupItem getFollowup(long id) {
        return findFollowup(id).orElseThrow(() -> new NotFoundException("Follow-up item", id));
    }

    default DocumentRequest getRequest(long id) {
        return findRequest(id).orElseThrow(() -> new NotFoundException("Document request", id));
    }
}
