package kz.bagalau.evaluation.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.evaluation.domain.DirectionEvaluation;
import kz.bagalau.evaluation.domain.DocumentRequest;
import kz.bagalau.evaluation.domain.Evaluation;
import kz.bagalau.evaluation.domain.EvaluationRepository;
import kz.bagalau.evaluation.domain.EvidenceFile;
import kz.bagalau.evaluation.domain.FollowupItem;
import kz.bagalau.evaluation.domain.ReportedValue;
import kz.bagalau.evaluation.domain.StepGate;
import kz.bagalau.evaluation.domain.SurveyDetails;
import kz.bagalau.evaluation.domain.ValidationFailed;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Indicator;
import kz.bagalau.methodology.domain.Methodology;
import kz.bagalau.methodology.domain.MethodologyRepository;
import kz.bagalau.methodology.domain.SourceType;
import kz.bagalau.methodology.domain.ValueRange;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.event.DomainEvents;
import kz.bagalau.shared.event.ReportSubmitted;
import kz.bagalau.shared.infrastructure.ImportProblem;
import kz.bagalau.shared.infrastructure.ImportResult;
import kz.bagalau.shared.infrastructure.Table;
import kz.bagalau.shared.infrastructure.TableReader;
import kz.bagalau.shared.infrastructure.UnreadableFileException;
import kz.bagalau.tenancy.application.RegionTime;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The evaluated body's side (¶41, ¶45-1, ¶44): its reporting form for a year, saving figures as a draft,
 * submitting a direction, its answers on earlier recommendations and on document requests. A body reaches
 * only its own evaluation; every id from a page is checked against the caller's body.
 */
@Stateless
@RolesAllowed(Role.Names.EVALUATED_BODY)
public class ReportingService {

    private static final long MAX_WORKBOOK_BYTES = 5L * 1024 * 1024;

    @Inject
    private EvaluationRepository evaluations;

    @Inject
    private MethodologyRepository methodologies;

    @EJB
    private EvaluationSetup setup;

    @Inject
    private EvaluationAccess access;

    @Inject
    private EvaluationViews views;

    @Inject
    private BodyRegistry registry;

    @Inject
    private RegionTime time;

    @Inject
    private AuditLog audit;

    @Inject
    private Clock clock;

    @Inject
    private StepGate gate;

    @Inject
    private ReportingSpreadsheet spreadsheet;

    @Inject
    private DomainEvents events;

    /** The caller's form for the year; opens the body's evaluation on first use. */
    public ReportingForm form(int year) {
        long bodyId = access.callerBody().orElseThrow(() -> new NotFoundException("Body of", access.caller().username()));
        Evaluation e = setup.ensureOpened(bodyId, year);
        BodySummary body = registry.get(bodyId);
        List<DirectionView> directions = e.directions().stream().map(d -> views.direction(d, body)).toList();
        Map<Long, Integer> directionNumbers = e.directions().stream()
                .collect(Collectors.toMap(DirectionEvaluation::id, d -> d.direction().number()));
        LocalDate today = time.today();
        List<RequestView> requests = new java.util.ArrayList<>(evaluations.requestsOf(
                        List.copyOf(directionNumbers.keySet())).stream().filter(r -> r.addresseeBodyId() == null)
                .map(r -> RequestView.of(r, directionNumbers.get(r.directionEvaluationId()), today)).toList());
        requests.addAll(addressedTo(bodyId, year, today, false));
        List<FollowupView> followups = evaluations.followups(bodyId, year).stream().map(FollowupView::of).toList();
        return new ReportingForm(e.id(), year, BodyRef.of(body), directions, followups, requests);
    }

    /** The caller's document requests still open (¶44), for the home page; opens nothing. */
    public List<RequestView> openRequests(int aroundYear) {
        long bodyId = access.callerBody().orElseThrow(() -> new NotFoundException("Body of", access.caller().username()));
        LocalDate today = time.today();
        List<RequestView> open = new java.util.ArrayList<>();
        for (int y = aroundYear - 1; y <= aroundYear + 1; y++) {
            evaluations.findByBodyAndYear(bodyId, y).ifPresent(e -> {
                Map<Long, Integer> numbers = e.directions().stream()
                        .collect(Collectors.toMap(DirectionEvaluation::id, d -> d.direction().number()));
                evaluations.requestsOf(List.copyOf(numbers.keySet())).stream()
                        .filter(r -> r.status() == DocumentRequest.Status.OPEN && r.addresseeBodyId() == null)
                        .forEach(r -> open.add(RequestView.of(r, numbers.get(r.directionEvaluationId()), today)));
            });
        }
        open.addAll(addressedTo(bodyId, null, today, true));
        return open;
    }

    /**
     * ¶44: requests addressed to this body about other bodies' evaluations (of {@code year}, or any), each with
     * the body and direction it serves and nothing of that body's material.
     */
    private List<RequestView> addressedTo(long bodyId, Integer year, LocalDate today, boolean openOnly) {
        List<RequestView> views = new java.util.ArrayList<>();
        for (DocumentRequest r : evaluations.requestsAddressedTo(bodyId)) {
            DirectionEvaluation d = evaluations.getDirection(r.directionEvaluationId());
            if ((year == null || d.evaluation().year() == year)
                    && (!openOnly || r.status() == DocumentRequest.Status.OPEN)) {
                views.add(RequestView.of(r, d.direction().number(), today, null,
                        BodyRef.of(registry.get(d.evaluation().bodyId()))));
            }
        }
        return views;
    }

    /**
     * Saves the figures of one direction as a draft; only while the direction is a draft. Every figure is
     * checked against its indicator's range and precision first (¶4: the methodology defines the indicator):
     * with any figure refused, none is saved.
     *
     * @throws ValidationFailed listing every refused figure by indicator
     */
    public DirectionView saveDraft(long directionEvaluationId, List<ValueEntry> entries) {
        DirectionEvaluation d = ownDirection(directionEvaluationId);
        refuseOutOfRange(methodologies.getById(d.methodologyId()), entries);
        Map<Long, ReportedValue> values = new HashMap<>();
        for (ValueEntry entry : entries) {
            SourceType source;
            try {
                source = SourceType.of(entry.sourceType());
            } catch (IllegalArgumentException ex) {
                throw new RuleViolation("reporting.source.invalid", entry.sourceType());
            }
            SurveyDetails survey = source == SourceType.SOCIOLOGICAL_SURVEYS ? SurveyDetails.of(
                    entry.surveyOrganisation(), entry.surveyDate(), entry.surveySample()) : null;
            values.put(entry.indicatorId(), new ReportedValue(entry.actual(), entry.target(), entry.inputs(),
                    entry.comment(), source, survey));
        }
        d.report(values, access.caller().username(), clock.instant());
        evaluations.flush();
        audit.record("VALUES_SAVED", "direction_evaluation", d.id(), null,
                Map.of("direction", d.direction().number(), "values", values.size()));
        return views.direction(d, registry.get(d.evaluation().bodyId()));
    }

    /**
     * Submits a direction to its evaluator (¶41); after this only the evaluator can send it back. The first
     * submission is due by the schedule's reporting deadline (¶7.1); data the evaluator sent back with a
     * reason may be submitted again after it.
     */
    public DirectionView submit(long directionEvaluationId) {
        DirectionEvaluation d = ownDirection(directionEvaluationId);
        if (d.reopenedAt() == null) {
            gate.requireOpen(StepGate.Step.REPORTING, d.evaluation().year(), d.evaluation().bodyId(),
                    d.direction().number());
        }
        Set<Long> withEvidence = evaluations.filesOf(d.id()).stream()
                .filter(f -> f.purpose() == EvidenceFile.Purpose.EVIDENCE && f.indicatorValueId() != null)
                .map(EvidenceFile::indicatorValueId).collect(Collectors.toSet());
        d.submit(methodologies.getById(d.methodologyId()), withEvidence, access.caller().username(), clock.instant());
        evaluations.flush();
        audit.record("DIRECTION_SUBMITTED", "direction_evaluation", d.id(), Map.of("state", "DRAFT"),
                Map.of("state", d.state().name(), "direction", d.direction().number()));
        events.publish(new ReportSubmitted(TenantContext.require().tenantCode(), d.evaluation().year(),
                d.evaluation().bodyId(), d.id(), d.direction().number(), d.submittedBy(), d.submittedAt()));
        return views.direction(d, registry.get(d.evaluation().bodyId()));
    }

    /** ¶45-1: what the body did on an earlier instruction or recommendation. */
    public void reportFollowup(long itemId, String report) {
        FollowupItem item = evaluations.findFollowup(itemId)
                .filter(f -> access.callerBody().map(b -> b == f.bodyId()).orElse(false))
                .orElseThrow(() -> new NotFoundException("Follow-up item", itemId));
        String before = item.bodyReport();
        item.report(report, access.caller().username(), clock.instant());
        audit.record("FOLLOWUP_REPORTED", "followup_item", itemId, before == null ? null : Map.of("report", before),
                Map.of("report", item.bodyReport()));
    }

    /** ¶44: the body answers a document request. */
    public void answerRequest(long requestId, String answer) {
        DocumentRequest request = evaluations.getRequest(requestId);
        if (request.addresseeBodyId() == null) {
            ownDirection(request.directionEvaluationId());
        } else if (!access.callerBody().map(b -> b.equals(request.addresseeBodyId())).orElse(false)) {
            // ¶44: only the body asked answers a request addressed to it; to anyone else it does not exist.
            throw new NotFoundException("Request", requestId);
        }
        request.answer(answer, access.caller().username(), clock.instant());
        audit.record("REQUEST_ANSWERED", "document_request", requestId, null, Map.of("answer", request.answer()));
    }

    /** The caller's form for the year as an XLSX workbook, to fill in offline and upload back. */
    public byte[] exportWorkbook(int year, java.util.Locale locale) {
        return spreadsheet.write(form(year), locale);
    }

    /**
     * Reads a filled-in workbook: with any bad cell nothing is written and every problem is reported by sheet,
     * row and column; otherwise the figures are saved as drafts of their directions.
     */
    public ImportResult importWorkbook(int year, String fileName, byte[] content, java.util.Locale locale) {
        Table table;
        try {
            table = TableReader.read(fileName, content, MAX_WORKBOOK_BYTES);
        } catch (UnreadableFileException e) {
            return ImportResult.refused(List.of(ImportProblem.ofFile(e.messageKey(), String.valueOf(fileName))));
        }
        if (!fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            return ImportResult.refused(List.of(ImportProblem.ofFile("upload.type.unsupported", fileName)));
        }
        ReportingUpload upload = ReportingUpload.read(table, form(year), locale);
        if (!upload.problems().isEmpty()) {
            return ImportResult.refused(upload.problems());
        }
        int values = 0;
        for (Map.Entry<Long, List<ValueEntry>> e : upload.entries().entrySet()) {
            saveDraft(e.getKey(), e.getValue());
            values += e.getValue().size();
        }
        return new ImportResult(0, values, 0, List.of());
    }

    private static void refuseOutOfRange(Methodology methodology, List<ValueEntry> entries) {
        List<ValidationFailed.Problem> problems = new ArrayList<>();
        for (ValueEntry entry : entries) {
            Indicator i = methodology.indicator(entry.indicatorId())
                    .orElseThrow(() -> new NotFoundException("Indicator", entry.indicatorId()));
            ValueRange range = ValueRange.of(i);
            range.refusal(entry.actual()).ifPresent(key -> problems.add(ValidationFailed.Problem.at(i.code(), key,
                    ValueRange.shown(range.min()), ValueRange.shown(range.max()))));
            if (entry.target() != null && entry.target().signum() < 0 && (range.min() == null
                    || range.min().signum() >= 0)) {
                problems.add(ValidationFailed.Problem.at(i.code(), "reporting.target.negative"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailed("reporting.save.refused", problems);
        }
    }

    /** The direction, if it belongs to the caller's body; otherwise "not found". */
    DirectionEvaluation ownDirection(long directionEvaluationId) {
        DirectionEvaluation d = evaluations.getDirection(directionEvaluationId);
        access.requireOwn(d.evaluation());
        return d;
    }

}
