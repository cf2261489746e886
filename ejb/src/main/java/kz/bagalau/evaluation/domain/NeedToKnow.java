package kz.bagalau.evaluation.domain;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kz.bagalau.identity.domain.Role;

/**
 * Need-to-know inside a region (¶9.2, ¶45, ¶48, ¶65): the one matrix of who may read which kind of record,
 * by the reader's relation to it. A record a reader has no relation to, or whose relation does not open
 * that kind, is "not found", exactly like a record of another region. Services ask here and nowhere else;
 * README shows {@link #table()} and a test walks every cell over pages and API.
 *
 * <p>A relation holds only while its ground does: an expert only while the planning body's assignment runs,
 * a special commission member only for the appeals they sit on, the commission only once the general
 * evaluation was submitted to it (¶49), the akim, the working body and the ministry only once the body
 * received the conclusion (¶45-2), the planning body as the general evaluator only once the direction is
 * final (¶46).
 */
public final class NeedToKnow {

    /** The kinds of record the matrix governs. */
    public enum Material {
        /** A body's evaluation: direction scores, totals, its "why this score" chain. */
        EVALUATION,
        /** The figures the body reported and the evaluator verified. */
        VALUE,
        /** A document attached to a figure, an inspection or an appeal. */
        EVIDENCE,
        /** The same, flagged confidential by whoever attached it (¶44, ¶45). */
        CONFIDENTIAL_EVIDENCE,
        /** A conclusion on a direction (¶47): sent versions; drafts are the evaluator's alone. */
        CONCLUSION,
        /** An appeal and its decision (¶55-¶59). */
        APPEAL,
        /** The planning body's general evaluation of the region (¶12, ¶49). */
        GENERAL_EVALUATION,
        /** A deadline breach with the person responsible (¶62-¶64). */
        BREACH,
        /** The region's audit log, including the record of who read what (¶65). */
        AUDIT
    }

    /** How a reader stands to a record. */
    public enum Relation {
        /** The evaluated body's own user (¶41, ¶55). */
        OWN_BODY,
        /** The authorised evaluator of the record's direction (¶10, ¶21-¶40-2). */
        DIRECTION_EVALUATOR,
        /** A member of the special commission of an appeal on the direction (¶57). */
        SPECIAL_COMMISSION,
        /** An independent expert or NGO the planning body assigned to this body or direction (¶48). */
        ASSIGNED_EXPERT,
        /** The planning body doing the general evaluation, for a final direction (¶12, ¶46). */
        GENERAL_EVALUATOR,
        /** A member of the Regional Expert Commission, once the general evaluation reached it (¶49, ¶51). */
        COMMISSION,
        /** The commission's working body: results and instructions (¶52), re-checks (¶60), liability (¶66). */
        WORKING_BODY,
        /** The akim, who receives the results (¶51) and reports them (¶53). */
        AKIM,
        /** The central ministry, read-only (¶11, ¶53). */
        MINISTRY,
        /** The unit or person responsible for a step (¶62-¶64): a breach is theirs to see. */
        RESPONSIBLE,
        /** Who administers the region (today the akim's apparatus). */
        REGION_ADMINISTRATOR,
        /** The platform's operator: the audit chains, never the evaluations' contents. */
        PLATFORM_ADMINISTRATOR
    }

    private static final Map<Relation, Set<Material>> MATRIX = new EnumMap<>(Relation.class);

    static {
        open(Relation.OWN_BODY, Material.EVALUATION, Material.VALUE, Material.EVIDENCE,
                Material.CONFIDENTIAL_EVIDENCE, Material.CONCLUSION, Material.APPEAL);
        open(Relation.DIRECTION_EVALUATOR, Material.EVALUATION, Material.VALUE, Material.EVIDENCE,
                Material.CONFIDENTIAL_EVIDENCE, Material.CONCLUSION, Material.APPEAL);
        open(Relation.SPECIAL_COMMISSION, Material.EVALUATION, Material.VALUE, Material.EVIDENCE,
                Material.CONFIDENTIAL_EVIDENCE, Material.CONCLUSION, Material.APPEAL);
        open(Relation.ASSIGNED_EXPERT, Material.EVALUATION, Material.VALUE, Material.EVIDENCE, Material.CONCLUSION,
                Material.GENERAL_EVALUATION);
        open(Relation.GENERAL_EVALUATOR, Material.EVALUATION, Material.VALUE, Material.CONCLUSION,
                Material.GENERAL_EVALUATION);
        open(Relation.COMMISSION, Material.EVALUATION, Material.VALUE, Material.CONCLUSION,
                Material.GENERAL_EVALUATION);
        open(Relation.WORKING_BODY, Material.EVALUATION, Material.VALUE, Material.EVIDENCE, Material.CONCLUSION,
                Material.APPEAL, Material.GENERAL_EVALUATION, Material.BREACH);
        open(Relation.AKIM, Material.EVALUATION, Material.VALUE, Material.EVIDENCE, Material.CONCLUSION,
                Material.APPEAL, Material.GENERAL_EVALUATION, Material.BREACH, Material.AUDIT);
        open(Relation.MINISTRY, Material.EVALUATION, Material.VALUE, Material.CONCLUSION,
                Material.GENERAL_EVALUATION, Material.BREACH);
        open(Relation.RESPONSIBLE, Material.BREACH);
        open(Relation.REGION_ADMINISTRATOR, Material.AUDIT);
        open(Relation.PLATFORM_ADMINISTRATOR, Material.AUDIT);
    }

    /** The relation a role alone gives to the region's own records. */
    private static final Map<Role, Relation> REGION_ROLES = Map.of(Role.PLANNING_BODY, Relation.GENERAL_EVALUATOR,
            Role.COMMISSION_MEMBER, Relation.COMMISSION, Role.COMMISSION_WORKING_BODY, Relation.WORKING_BODY,
            Role.AKIM, Relation.AKIM, Role.MINISTRY, Relation.MINISTRY, Role.REGION_ADMIN,
            Relation.REGION_ADMINISTRATOR, Role.PLATFORM_ADMIN, Relation.PLATFORM_ADMINISTRATOR);

    private NeedToKnow() {
    }

    private static void open(Relation relation, Material first, Material... rest) {
        MATRIX.put(relation, Collections.unmodifiableSet(EnumSet.of(first, rest)));
    }

    /** Whether any of {@code relations} opens {@code material}. */
    public static boolean allows(Collection<Relation> relations, Material material) {
        return relations.stream().anyMatch(r -> MATRIX.get(r).contains(material));
    }

    /** What {@code relation} opens: a row of the matrix. */
    public static Set<Material> opens(Relation relation) {
        return MATRIX.get(relation);
    }

    /** The matrix as a Markdown table, the form README shows. */
    public static String table() {
        StringBuilder out = new StringBuilder("| relation |");
        for (Material m : Material.values()) {
            out.append(' ').append(m.name().toLowerCase().replace('_', ' ')).append(" |");
        }
        out.append("\n|---|").append("---|".repeat(Material.values().length)).append('\n');
        for (Relation r : Relation.values()) {
            out.append("| ").append(r.name().toLowerCase().replace('_', ' ')).append(" |");
            for (Material m : Material.values()) {
                out.append(MATRIX.get(r).contains(m) ? " ✓ |" : " – |");
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** An assignment of an expert by the planning body (¶48): one body or all, one direction or all. */
    public record Assignment(Long bodyId, Integer direction) {

        public boolean covers(long body, int number) {
            return (bodyId == null || bodyId == body) && (direction == null || direction == number);
        }
    }

    /**
     * Everything about a reader that decides relations, gathered once per service call.
     *
     * @param assignments          the reader's running expert assignments in the year
     * @param specialCommissionOn  the directions (ids) of appeals whose special commission the reader sits on
     * @param generalSubmitted     whether the year's general evaluation was submitted to the commission (¶49)
     * @param published            whether the year's results were published (¶54)
     */
    public record Reader(String username, Set<Role> roles, Optional<Long> bodyId, List<Assignment> assignments,
                         Set<Long> specialCommissionOn, boolean generalSubmitted, boolean published) {

        public boolean has(Role role) {
            return roles.contains(role);
        }

        /** The evaluated body this reader reports for, if they are a body's user. */
        public Optional<Long> ownBody() {
            return has(Role.EVALUATED_BODY) ? bodyId : Optional.empty();
        }
    }

    /** How {@code reader} stands to direction {@code d} of a body's evaluation. */
    public static Set<Relation> relations(Reader reader, DirectionEvaluation d) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        long body = d.evaluation().bodyId();
        if (reader.ownBody().map(b -> b == body).orElse(false)) {
            relations.add(Relation.OWN_BODY);
        }
        if (reader.has(d.evaluatorRole())) {
            relations.add(Relation.DIRECTION_EVALUATOR);
        }
        if (d.id() != null && reader.specialCommissionOn().contains(d.id())) {
            relations.add(Relation.SPECIAL_COMMISSION);
        }
        if (reader.has(Role.EXPERT) && reader.assignments().stream().anyMatch(a -> a.covers(body, d.direction().number()))) {
            relations.add(Relation.ASSIGNED_EXPERT);
        }
        if (reader.has(Role.PLANNING_BODY) && d.isFinal()) {
            relations.add(Relation.GENERAL_EVALUATOR);
        }
        if (reader.has(Role.COMMISSION_MEMBER) && reader.generalSubmitted() && d.isFinal()) {
            relations.add(Relation.COMMISSION);
        }
        boolean received = d.state().concluded();
        if (received && reader.has(Role.COMMISSION_WORKING_BODY)) {
            relations.add(Relation.WORKING_BODY);
        }
        if (received && reader.has(Role.AKIM)) {
            relations.add(Relation.AKIM);
        }
        if (received && reader.has(Role.MINISTRY)) {
            relations.add(Relation.MINISTRY);
        }
        return relations;
    }

    /**
     * How {@code reader} stands to the region's own records (the general evaluation, the breaches, the audit
     * log), where no single body or direction decides.
     */
    public static Set<Relation> regionRelations(Reader reader) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        REGION_ROLES.forEach((role, relation) -> {
            if (reader.has(role)) {
                relations.add(relation);
            }
        });
        if (reader.has(Role.EXPERT) && !reader.assignments().isEmpty()) {
            relations.add(Relation.ASSIGNED_EXPERT);
        }
        if (reader.ownBody().isPresent() || reader.has(Role.COMMISSION_MEMBER)
                || reader.roles().stream().anyMatch(Role::authorisedEvaluator)) {
            relations.add(Relation.RESPONSIBLE);
        }
        return relations;
    }

    /**
     * ¶62-¶64: whether a breach row is the reader's to see. The akim, the working body (¶66) and the ministry
     * see every row; everyone else the rows they answer for: a body its own, an evaluator its unit's steps.
     */
    public static boolean seesBreach(Reader reader, Long bodyId, Role responsibleRole) {
        Set<Relation> region = regionRelations(reader);
        if (region.contains(Relation.AKIM) || region.contains(Relation.WORKING_BODY)
                || region.contains(Relation.MINISTRY)) {
            return true;
        }
        if (responsibleRole == Role.EVALUATED_BODY) {
            return bodyId != null && reader.ownBody().map(b -> b.equals(bodyId)).orElse(false);
        }
        return responsibleRole != null && reader.has(responsibleRole);
    }
}
