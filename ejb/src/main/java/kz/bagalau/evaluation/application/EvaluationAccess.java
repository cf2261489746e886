package kz.bagalau.evaluation.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.evaluation.domain.NeedToKnow.Material;
import kz.bagalau.evaluation.domain.NeedToKnow.Reader;
import kz.bagalau.evaluation.domain.NeedToKnow.Relation;
import kz.bagalau.evaluation.domain.ReadGrants;
import kz.bagalau.identity.application.CallerContext;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;

/**
 * Applies the need-to-know matrix ({@link NeedToKnow}) to the caller: gathers who they are and what the
 * cycle granted them once per call ({@link #reader(int)}), then answers per record. Every service that shows
 * an evaluation's material asks here; a refusal is "not found", like a record of another region.
 */
@ApplicationScoped
public class EvaluationAccess {

    @EJB
    private CallerContext caller;

    @Inject
    private ReadGrants grants;

    public CallerContext caller() {
        return caller;
    }

    /** The body of the calling evaluated-body user; none for every other role. */
    public Optional<Long> callerBody() {
        return caller.has(Role.EVALUATED_BODY) ? caller.bodyId() : Optional.empty();
    }

    /** The caller as a reader of {@code year}'s records: roles, body, assignments, commissions, stage. */
    public Reader reader(int year) {
        Reader who = regionReader();
        String name = who.username();
        List<NeedToKnow.Assignment> assignments = who.has(Role.EXPERT)
                ? grants.expertAssignments(name, year) : List.of();
        Set<Long> commissions = who.roles().stream().anyMatch(Role::authorisedEvaluator)
                ? grants.specialCommissionDirections(name, year) : Set.of();
        boolean submitted = who.has(Role.COMMISSION_MEMBER) && grants.generalSubmitted(year);
        boolean published = who.has(Role.MINISTRY) && grants.published(year);
        return new Reader(name, who.roles(), who.bodyId(), assignments, commissions, submitted, published);
    }

    public boolean isOwnBody(Evaluation e) {
        return callerBody().map(b -> b == e.bodyId()).orElse(false);
    }

    public boolean isEvaluatorOf(DirectionEvaluation d) {
        return caller.has(d.evaluatorRole());
    }

    /** Whether {@code reader} may read {@code material} of direction {@code d}. */
    public static boolean may(Reader reader, DirectionEvaluation d, Material material) {
        return NeedToKnow.allows(NeedToKnow.relations(reader, d), material);
    }

    /** Whether {@code reader} may open the evaluation at all: some direction of it is theirs to read. */
    public static boolean canSee(Reader reader, Evaluation e) {
        return e.directions().stream().anyMatch(d -> may(reader, d, Material.EVALUATION));
    }

    public boolean canSee(Evaluation e) {
        return canSee(reader(e.year()), e);
    }

    /**
     * Whether the scores of a direction the reader may open are shown yet: to its evaluator and the special
     * commission of an appeal on it at once, to everyone else once the body received the conclusion (¶45-2).
     */
    public static boolean canSeeScore(Reader reader, DirectionEvaluation d) {
        Set<Relation> relations = NeedToKnow.relations(reader, d);
        return relations.contains(Relation.DIRECTION_EVALUATOR) || relations.contains(Relation.SPECIAL_COMMISSION)
                || d.state().concluded();
    }

    public boolean canSeeScore(DirectionEvaluation d) {
        return canSeeScore(reader(d.evaluation().year()), d);
    }

    /** ¶44, ¶45: a confidential document is the body's, the evaluator's and the appeal's special commission's. */
    public static boolean canSeeFile(Reader reader, EvidenceFile f, DirectionEvaluation d) {
        return may(reader, d, f.confidential() ? Material.CONFIDENTIAL_EVIDENCE : Material.EVIDENCE);
    }

    public boolean canSeeFile(EvidenceFile f, DirectionEvaluation d) {
        return canSeeFile(reader(d.evaluation().year()), f, d);
    }

    /** Whether the caller's relation to the region's own records opens {@code material}. */
    public boolean mayInRegion(int year, Material material) {
        return NeedToKnow.allows(NeedToKnow.regionRelations(reader(year)), material);
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

    /** @throws NotFoundException when the caller may not open this evaluation at all */
    public Evaluation requireVisible(Evaluation e) {
        if (!canSee(e)) {
            throw new NotFoundException("Evaluation", e.id());
        }
        return e;
    }

    /** @throws NotFoundException when the matrix does not open {@code material} of {@code d} to the caller */
    public DirectionEvaluation require(DirectionEvaluation d, Material material) {
        if (!may(reader(d.evaluation().year()), d, material)) {
            throw new NotFoundException("Direction evaluation", d.id());
        }
        return d;
    }

    /**
     * The caller as a reader of records that belong to no year's assignments (breaches, the audit log): roles
     * and body only, nothing asked of the cycle.
     */
    public Reader regionReader() {
        Set<Role> roles = caller.roles();
        Optional<Long> body = roles.contains(Role.EVALUATED_BODY) ? caller.bodyId() : Optional.empty();
        return new Reader(caller.username(), roles, body, List.of(), Set.of(), false, false);
    }

    /** @throws NotFoundException when the caller's relation to the region does not open {@code material} */
    public void requireInRegion(Material material) {
        if (!NeedToKnow.allows(NeedToKnow.regionRelations(regionReader()), material)) {
            throw new NotFoundException(material.name(), "region");
        }
    }

    /** @throws NotFoundException when the caller's relation to the region does not open {@code material} */
    public void requireInRegion(int year, Material material) {
        if (!mayInRegion(year, material)) {
            throw new NotFoundException(material.name(), year);
        }
    }

    /**
     * Whether a direction counts on the caller's progress pages (counts of states, never material): the
     * region's staff count every body, a body only its own.
     */
    public boolean countsInProgress(Evaluation e) {
        return !caller.has(Role.EVALUATED_BODY) || isOwnBody(e);
    }
}
