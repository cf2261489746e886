package kz.bagalau.registry.domain;

import java.util.List;
import java.util.Optional;
import kz.bagalau.identity.domain.Role;

/** The responsible units of the region's evaluators (¶64). */
public interface EvaluatorUnitRepository {

    List<EvaluatorUnit> all();

    /** The unit answering for {@code direction} of {@code role}: the direction's own unit before a general one. */
    default Optional<EvaluatorUnit> findFor(Role role, int direction) {
        List<EvaluatorUnit> units = all().stream().filter(u -> u.answersFor(role, direction)).toList();
        return units.stream().filter(u -> u.direction() != null).findFirst().or(() -> units.stream().findFirst());
    }

    EvaluatorUnit add(EvaluatorUnit unit);
}
