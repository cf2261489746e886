package kz.bagalau.registry.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.bagalau.audit.application.ActingUser;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.domain.BodyDetails;
import kz.bagalau.registry.domain.BodyStatus;
import kz.bagalau.registry.domain.EvaluatorFunction;
import kz.bagalau.registry.domain.ExecutiveBody;
import kz.bagalau.registry.domain.ExecutiveBodyRepository;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.BodyRegistered;
import kz.bagalau.shared.event.BodyReorganised;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The region's registry of executive bodies. Everyone in the region reads it; the akim's apparatus (the
 * region's administrator) and the platform administrator change it, and every change is audited with the
 * state before and after.
 */
@Stateless
public class BodyRegistry {

    static final String AUDIT_ENTITY = "executive_body";

    @Inject
    private ExecutiveBodyRepository bodies;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private DomainEvents events;

    @Inject
    private ActingUser actor;

    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.MINISTRY, Role.Names.AKIM, Role.Names.AKIM_APPARATUS, Role.Names.REGION_ADMIN,
            Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.EVALUATED_BODY,
            Role.Names.COMMISSION_MEMBER, Role.Names.COMMISSION_WORKING_BODY, Role.Names.EXPERT})
    public List<BodySummary> list() {
        return bodies.all().stream().map(BodySummary::of).toList();
    }

    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.MINISTRY, Role.Names.AKIM, Role.Names.AKIM_APPARATUS, Role.Names.REGION_ADMIN,
            Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.EVALUATED_BODY,
            Role.Names.COMMISSION_MEMBER, Role.Names.COMMISSION_WORKING_BODY, Role.Names.EXPERT})
    public Map<Long, BodySummary> byId() {
        return list().stream().collect(Collectors.toMap(BodySummary::id, Function.identity()));
    }

    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.MINISTRY, Role.Names.AKIM, Role.Names.AKIM_APPARATUS, Role.Names.REGION_ADMIN,
            Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.EVALUATED_BODY,
            Role.Names.COMMISSION_MEMBER, Role.Names.COMMISSION_WORKING_BODY, Role.Names.EXPERT})
    public Optional<BodySummary> find(long id) {
        return bodies.findById(id).map(BodySummary::of);
    }

    /** @throws kz.bagalau.shared.domain.NotFoundException also for a body of another region */
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.MINISTRY, Role.Names.AKIM, Role.Names.AKIM_APPARATUS, Role.Names.REGION_ADMIN,
            Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.EVALUATED_BODY,
            Role.Names.COMMISSION_MEMBER, Role.Names.COMMISSION_WORKING_BODY, Role.Names.EXPERT})
    public BodySummary get(long id) {
        return BodySummary.of(bodies.getById(id));
    }

    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.REGION_ADMIN})
    public BodySummary register(BodyDetails details) {
        if (bodies.findByCode(details.code()).isPresent()) {
            throw new RuleViolation("body.code.taken", details.code());
        }
        requireFunctionFree(details.evaluatorFunction(), null);
        ExecutiveBody body = bodies.add(ExecutiveBody.register(details, clock.instant()));
        bodies.flush();
        BodySummary after = BodySummary.of(body);
        audit.record("BODY_REGISTERED", AUDIT_ENTITY, body.id(), null, after);
        events.publish(new BodyRegistered(tenant(), body.id(), body.code(), actor.name(), clock.instant()));
        return after;
    }

    /**
     * Saves corrected details; {@code expectedVersion} is the version the editor saw, so two administrators
     * editing the same body cannot silently overwrite each other.
     */
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.REGION_ADMIN})
    public BodySummary revise(long id, long expectedVersion, BodyDetails details) {
        ExecutiveBody body = bodies.getById(id);
        requireVersion(body, expectedVersion);
        requireFunctionFree(details.evaluatorFunction(), body.id());
        BodySummary before = BodySummary.of(body);
        body.revise(details, clock.instant());
        bodies.flush();
        BodySummary after = BodySummary.of(body);
        audit.record("BODY_REVISED", AUDIT_ENTITY, id, before, after);
        return after;
    }

    /** Records a reorganisation or liquidation with date and legal successor, or a return to active. */
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.REGION_ADMIN})
    public BodySummary changeStatus(long id, long expectedVersion, BodyStatusChange change) {
        ExecutiveBody body = bodies.getById(id);
        requireVersion(body, expectedVersion);
        BodySummary before = BodySummary.of(body);
        if (change.status() == BodyStatus.ACTIVE) {
            body.reactivate(clock.instant());
        } else {
            if (change.date() == null) {
                throw new RuleViolation("body.status.date.required");
            }
            ExecutiveBody successor = change.successorId() == null ? null : bodies.getById(change.successorId());
            body.close(change.status(), change.date(), successor, clock.instant());
        }
        bodies.flush();
        BodySummary after = BodySummary.of(body);
        audit.record("BODY_STATUS_CHANGED", AUDIT_ENTITY, id, before, after);
        events.publish(new BodyReorganised(tenant(), id, after.status().name(), after.statusDate(),
                after.successorId(), actor.name(), clock.instant()));
        return after;
    }

    /** Removes a body entered by mistake; a body that users or evaluation data refer to cannot be removed. */
    @RolesAllowed({Role.Names.PLATFORM_ADMIN, Role.Names.REGION_ADMIN})
    public void remove(long id, long expectedVersion) {
        ExecutiveBody body = bodies.getById(id);
        requireVersion(body, expectedVersion);
        BodySummary before = BodySummary.of(body);
        bodies.remove(body);
        try {
            bodies.flush();
        } catch (PersistenceException e) {
            throw new RuleViolation("body.in.use", body.code());
        }
        audit.record("BODY_REMOVED", AUDIT_ENTITY, id, before, null);
    }

    private static String tenant() {
        return TenantContext.require().tenantCode();
    }

    private void requireVersion(ExecutiveBody body, long expectedVersion) {
        if (body.version() != expectedVersion) {
            throw new RuleViolation("body.changed.meanwhile", body.code());
        }
    }

    /** ¶10: one state planning body and one budget execution body per region. */
    private void requireFunctionFree(EvaluatorFunction function, Long exceptBodyId) {
        if (function == EvaluatorFunction.NONE) {
            return;
        }
        bodies.all().stream()
                .filter(b -> b.evaluatorFunction() == function && b.status() == BodyStatus.ACTIVE)
                .filter(b -> !b.id().equals(exceptBodyId))
                .findFirst()
                .ifPresent(b -> {
                    throw new RuleViolation("body.function.taken", function.name(), b.code());
                });
    }
}
