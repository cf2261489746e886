package kz.bagalau.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.registry.domain.EvaluatorUnitRepository;

/**
 * ¶64: the responsible units of the region's evaluators and their first heads, read once per call by those who
 * name the person answering for an evaluator's step (the breaches of the schedule).
 */
@ApplicationScoped
public class ResponsibleUnits {

    @Inject
    private EvaluatorUnitRepository units;

    /** The region's units, read once, to ask {@link Region#answering} of as often as needed. */
    public Region ofRegion() {
        return new Region(units.all().stream().map(ResponsibleUnit::of).toList());
    }

    /** The units of one region. */
    public record Region(List<ResponsibleUnit> units) {

        /** The unit answering for {@code direction} of {@code role}: the direction's own, else the evaluator's one. */
        public Optional<ResponsibleUnit> answering(Role role, int direction) {
            return units.stream().filter(u -> u.evaluatorRole() == role && u.direction() != null
                            && u.direction() == direction).findFirst()
                    .or(() -> units.stream().filter(u -> u.evaluatorRole() == role && u.direction() == null)
                            .findFirst());
        }
    }
}
