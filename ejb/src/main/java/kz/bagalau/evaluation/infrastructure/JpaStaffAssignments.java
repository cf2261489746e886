package kz.bagalau.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.bagalau.evaluation.domain.StaffAssignment;
import kz.bagalau.evaluation.domain.StaffAssignmentRepository;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/** The evaluator staff in table {@code evaluator_staff} (V26), through the tenant-bound EntityManager. */
@ApplicationScoped
public class JpaStaffAssignments implements StaffAssignmentRepository {

    @Inject
    private TenantEntityManager em;

    @Override
    public List<StaffAssignment> all() {
        return em.get().createQuery("select s from StaffAssignment s order by s.bodyId, s.direction, s.username",
                StaffAssignment.class).getResultList();
    }

    @Override
    public List<StaffAssignment> ofBody(long bodyId) {
        return em.get().createQuery("select s from StaffAssignment s where s.bodyId = :b", StaffAssignment.class)
                .setParameter("b", bodyId).getResultList();
    }

    @Override
    public Optional<StaffAssignment> find(long id) {
        return Optional.ofNullable(em.get().find(StaffAssignment.class, id));
    }

    @Override
    public boolean exists(String username, long bodyId, int direction) {
        return !em.get().createQuery("select s.id from StaffAssignment s where s.username = :u and s.bodyId = :b "
                        + "and s.direction = :d", Long.class)
                .setParameter("u", username).setParameter("b", bodyId).setParameter("d", direction)
                .setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public StaffAssignment add(StaffAssignment assignment) {
        em.get().persist(assignment);
        return assignment;
    }

    @Override
    public void remove(StaffAssignment assignment) {
        em.get().remove(assignment);
    }
}
