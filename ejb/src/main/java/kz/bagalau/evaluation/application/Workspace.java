package kz.bagalau.evaluation.application;

import java.util.List;

/** The evaluator's page for one body's direction: the figures, inspections, requests and conclusions. */
public record Workspace(DirectionView direction, List<InspectionView> inspections, List<RequestView> requests,
                        List<ConclusionView> conclusions, boolean earlierInstructions,
                        List<String> secondHalfPredecessors) {

    public Workspace {
        inspections = List.copyOf(inspections);
        requests = List.copyOf(requests);
        conclusions = List.copyOf(conclusions);
        secondHalfPredecessors = List.copyOf(secondHalfPredecessors);
    }
}
