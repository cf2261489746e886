package kz.bagalau.evaluation.domain;

import java.util.List;
import java.util.Optional;

/** The current region's evaluator staff assignments. */
public interface StaffAssignmentRepository {

    List<StaffAssignment> all();

    List<StaffAssignment> ofBody(long bodyId);

    Optional<StaffAssignment> find(long id);

    boolean exists(String username, long bodyId, int direction);

    StaffAssignment add(StaffAssignment assignment);

    void remove(StaffAssignment assignment);
}
