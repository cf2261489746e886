package kz.bagalau.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import kz.bagalau.registry.domain.EvaluatorUnitRepository;

/**
 * ¶64: the responsible units of the region's evaluators and their first heads, read once per call by those who
 * name the person answering for an evaluator's step (the breaches of the schedule).
 */
@ApplicationScoped
public class ResponsibleUnits {

    @Inject
    private EvaluatorUnitRepository units;

    public List<ResponsibleUnit> all() {
        return units.all().stream().map(ResponsibleUnit::of).toList();
    }
}
