package kz.bagalau.registry.domain;

import java.util.List;

/** The responsible units of the region's evaluators (¶64). */
public interface EvaluatorUnitRepository {

    List<EvaluatorUnit> all();
}
