package kz.bagalau.evaluation.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.identity.application.CallerContext;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;

/**
 * Who may see what of an evaluation. A body sees its own evaluation; the evaluator of a direction sees that
 * direction's scoring screens and nobody else's (¶10); everyone else in the region sees a direction's scores
 * only once its conclusion was sent. A confidential document (¶44, ¶45) is visible to the body and the
 * direction's evaluator only. Refusals are "not found", like records of another region.
 */
@ApplicationScoped
public class EvaluationAccess {

    @EJB
    private CallerContext caller;

    public CallerContext caller() {
        return caller;
    }

    /** The body of the calling evaluated-body user; none for every other role. */
    public Optional<Long> callerBody() {
        return caller.has(Role.EVALUATED_BODY) ? caller.bodyId() : Optional.empty();
    }

    public boolean isOwnBody(Evaluation e) {
        return callerBody().map(b -> b == e.bodyId()).orElse(false);
    }

    public boolean isEvaluatorOf(DirectionEvaluation d) {
        return caller.has(d.evaluatorRole());
    }

    public boolean canSeeScore(DirectionEvaluation d) {
        return isEvaluatorOf(d) || d.state().concluded();
    }

    public boolean canSee(Evaluation e) {
        return !caller.has(Role.EVALUATED_BODY) || isOwnBody(e);
    }

    public boolean canSeeFile(EvidenceFile f, DirectionEvaluation d) {
        return !f.confidential() || isEvaluatorOf(d) || isOwnBody(d.evaluation());
    }

    /** @throws NotFoundException unless the caller is the evaluated body itself */
    public Evaluation requireOwn(Evaluation e) {
        if (!isOwnBody(e)) {
            throw new NotFoundException("Evaluation", e.id());
        }
        return e;
    }

    /** @throws NotFoundException unless the caller is this direction's authorised evaluator (¶10) */
    public DirectionEvaluation requireEvaluator(DirectionEvaluation d) {
        if (!isEvaluatorOf(d)) {
            throw new NotFoundException("Direction evaluation", d.id());
        }
        return d;
    }

    /** @throws NotFoundException when the caller may not see this evaluation at all */
    public Evaluation requireVisible(Evaluation e) {
        if (!canSee(e)) {
            throw new NotFoundException("Evaluation", e.id());
        }
        return e;
    }
}
