package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.Conclusion;
import kz.bagalau.evaluation.domain.ControlInspection;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DocumentRequest;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.IndicatorValue;
import kz.bagalau.evaluation.domain.StaffAssignment;
import kz.bagalau.evaluation.domain.StaffAssignmentRepository;

/**
 * ¶57: everyone who took part in evaluating a body in a year — verified a value, scored or sent back a
 * direction, recorded an inspection, requested documents, drafted or sent a conclusion — on any of its
 * directions — and everyone the region's administrator assigned to work on the body (evaluator staff). Read from
 * the records themselves and from the audit log, so a later change of hands cannot hide an earlier participant.
 */
@ApplicationScoped
public class AppealParticipants {

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private AuditLog audit;

    @Inject
    private StaffAssignmentRepository staff;

    public Set<String> of(Evaluation e) {
        List<DirectionEvaluation> directions = e.directions();
        List<Long> directionIds = directions.stream().map(DirectionEvaluation::id).toList();
        List<IndicatorValue> values = directions.stream().flatMap(d -> d.values().stream()).toList();
        List<Conclusion> conclusions = directions.stream().flatMap(d -> evaluations.conclusionsOf(d.id()).stream())
                .toList();
        List<ControlInspection> inspections = directions.stream()
                .flatMap(d -> evaluations.inspectionsOf(d.id()).stream()).toList();
        List<DocumentRequest> requests = evaluations.requestsOf(directionIds);

        Set<String> people = new HashSet<>();
        Stream.of(values.stream().map(IndicatorValue::verifiedBy),
                        directions.stream().map(DirectionEvaluation::reopenedBy),
                        conclusions.stream().flatMap(c -> Stream.of(c.draftedBy(), c.sentBy())),
                        inspections.stream().map(ControlInspection::recordedBy),
                        requests.stream().map(DocumentRequest::requestedBy))
                .flatMap(s -> s).filter(Objects::nonNull).forEach(people::add);
        // Whoever the region's administrator assigned to the body is a participant too, whether or not they acted yet.
        staff.ofBody(e.bodyId()).stream().map(StaffAssignment::username).forEach(people::add);
        people.addAll(audit.actors("direction_evaluation", directionIds));
        people.addAll(audit.actors("indicator_value", values.stream().map(IndicatorValue::id).toList()));
        people.addAll(audit.actors("conclusion", conclusions.stream().map(Conclusion::id).toList()));
        people.addAll(audit.actors("control_inspection", inspections.stream().map(ControlInspection::id).toList()));
        people.addAll(audit.actors("document_request", requests.stream().map(DocumentRequest::id).toList()));
        return people;
    }
}
