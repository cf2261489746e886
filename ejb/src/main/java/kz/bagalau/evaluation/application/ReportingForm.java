package kz.bagalau.evaluation.application;

import java.util.List;

/**
 * The evaluated body's reporting page for one year: its directions with their rows, the earlier
 * recommendations it must report on (¶45-1) and the evaluators' document requests (¶44).
 */
public record ReportingForm(long evaluationId, int year, BodyRef body, List<DirectionView> directions,
                            List<FollowupView> followups, List<RequestView> requests) {

    public ReportingForm {
        directions = List.copyOf(directions);
        followups = List.copyOf(followups);
        requests = List.copyOf(requests);
    }
}
