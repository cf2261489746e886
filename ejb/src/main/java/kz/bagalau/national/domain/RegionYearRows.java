package kz.bagalau.national.domain;

import java.util.List;

/**
 * Everything the national read model holds of one region-year, written together: the figures, the steps, the
 * direction means, the pace of the steps of many acts, and the same results per type of body.
 */
public record RegionYearRows(RegionProgress progress, List<RegionStep> steps, List<DirectionMean> directions,
                             List<RegionPace> paces, List<TypeResult> types, List<TypeDirectionMean> typeDirections) {

    public RegionYearRows {
        steps = List.copyOf(steps);
        directions = List.copyOf(directions);
        paces = List.copyOf(paces);
        types = List.copyOf(types);
        typeDirections = List.copyOf(typeDirections);
    }
}
