package kz.bagalau.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Direction;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One member of an evaluator's staff working on one body's direction (issue 11). Only staff of the body that
 * evaluates that direction of that body (¶10, {@link EvaluatorRouting}) can be assigned to it. Being assigned is
 * taking part in the body's evaluation for ¶57, whether or not the person has acted yet.
 */
@Entity
@Table(name = "evaluator_staff")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class StaffAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "body_id", nullable = false, updatable = false)
    private long bodyId;

    @Column(name = "direction", nullable = false, updatable = false)
    private int direction;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    protected StaffAssignment() {
        // for JPA
    }

    /**
     * Assigns {@code username}, holding {@code staffRoles}, to {@code direction} of a body whose own function is
     * {@code bodyFunction}; refused when none of the roles is that direction's evaluator for that body.
     */
    public static StaffAssignment assign(String username, java.util.Set<Role> staffRoles, long bodyId,
                                         EvaluatorFunction bodyFunction, Direction direction, String by, Instant now) {
        Role evaluator = EvaluatorRouting.evaluatorOf(direction, bodyFunction);
        if (!staffRoles.contains(evaluator)) {
            throw new RuleViolation("staff.role.mismatch", username, direction.number(), evaluator.name());
        }
        StaffAssignment s = new StaffAssignment();
        s.username = username;
        s.bodyId = bodyId;
        s.direction = direction.number();
        s.assignedBy = by;
        s.assignedAt = now;
        return s;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public long bodyId() {
        return bodyId;
    }

    public int direction() {
        return direction;
    }

    public String assignedBy() {
        return assignedBy;
    }

    public Instant assignedAt() {
        return assignedAt;
    }
}
