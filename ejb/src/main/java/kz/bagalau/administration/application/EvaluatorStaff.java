package kz.bagalau.administration.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.StaffAssignment;
import kz.bagalau.evaluation.domain.StaffAssignmentRepository;
import kz.bagalau.identity.application.CallerContext;
import kz.bagalau.identity.application.RegionUsers;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * The evaluators' staff (issue 11): which users of the planning body, the budget body and the akim's apparatus work
 * on which body's directions, kept by the region's administrator. It feeds ¶57: the special commission of an appeal
 * is formed from the evaluator's staff who took no part, and an assigned member took part.
 */
@Stateless
@RolesAllowed(Role.Names.REGION_ADMIN)
public class EvaluatorStaff {

    /** The roles whose users can be assigned: the three authorised evaluators of ¶10. */
    public static final Set<Role> EVALUATOR_ROLES = Set.of(Role.PLANNING_BODY, Role.BUDGET_BODY, Role.AKIM_APPARATUS);

    @Inject
    private StaffAssignmentRepository assignments;

    @Inject
    private RegionUsers users;

    @EJB
    private BodyRegistry bodies;

    @Inject
    private CallerContext caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    /** One assignment as the staff page lists it. */
    public record Row(long id, String username, long bodyId, int direction, String assignedBy, Instant assignedAt) {
    }

    public List<Row> all() {
        return assignments.all().stream().map(s -> new Row(s.id(), s.username(), s.bodyId(), s.direction(),
                s.assignedBy(), s.assignedAt())).toList();
    }

    /** The users who can be assigned: the evaluators' enabled staff. */
    public List<RegionUsers.UserRef> candidates() {
        return users.withAnyRole(EVALUATOR_ROLES);
    }

    /**
     * Assigns {@code username} to {@code directions} of body {@code bodyId}; a direction already assigned is kept
     * as it is. Returns how many assignments were added.
     */
    public int assign(String username, long bodyId, Set<Integer> directions) {
        if (directions == null || directions.isEmpty()) {
            throw new RuleViolation("staff.directions.required");
        }
        if (directions.stream().anyMatch(d -> d == null || d < 1 || d > 7)) {
            throw new RuleViolation("staff.directions.required");
        }
        RegionUsers.UserRef user = users.find(username == null ? "" : username)
                .orElseThrow(() -> new RuleViolation("commission.user.unknown", String.valueOf(username)));
        BodySummary body = bodies.find(bodyId).orElseThrow(() -> new NotFoundException("Body", bodyId));
        int added = 0;
        for (int number : directions.stream().sorted().toList()) {
            if (assignments.exists(user.username(), bodyId, number)) {
                continue;
            }
            StaffAssignment s = assignments.add(StaffAssignment.assign(user.username(), user.roles(), bodyId,
                    body.evaluatorFunction(), Direction.of(number), caller.username(), clock.instant()));
            audit.record("STAFF_ASSIGNED", "evaluator_staff", s.bodyId(), null,
                    Map.of("username", s.username(), "body", body.code(), "direction", number));
            added++;
        }
        return added;
    }

    public void unassign(long id) {
        StaffAssignment s = assignments.find(id).orElseThrow(() -> new NotFoundException("StaffAssignment", id));
        assignments.remove(s);
        audit.record("STAFF_UNASSIGNED", "evaluator_staff", s.bodyId(),
                Map.of("username", s.username(), "direction", s.direction()), null);
    }
}
