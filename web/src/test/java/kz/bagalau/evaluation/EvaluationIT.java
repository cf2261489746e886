package kz.bagalau.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.bagalau.deadlines.application.OutboxService;
import kz.bagalau.evaluation.application.BodyResult;
import kz.bagalau.evaluation.application.DirectionView;
import kz.bagalau.evaluation.application.EvidenceService;
import kz.bagalau.evaluation.application.Explanation;
import kz.bagalau.evaluation.application.QueueRow;
import kz.bagalau.evaluation.application.ReportingForm;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.evaluation.application.RequestView;
import kz.bagalau.evaluation.application.ResultsService;
import kz.bagalau.evaluation.application.ValueEntry;
import kz.bagalau.evaluation.application.ValueRow;
import kz.bagalau.evaluation.application.VerificationService;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.ValidationFailed;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.methodology.domain.Rating;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Reporting, routing, verification and scoring of a year's evaluation, in a real Payara against PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class EvaluationIT {

    static final String REGION = "kostanay";
    static final int YEAR = 2026;

    @Inject
    OutboxService outbox;

    @Inject
    Callers callers;

    @Inject
    EvaluationFixture fixture;

    @Inject
    ReportingService reporting;

    @Inject
    EvidenceService evidence;

    @Inject
    VerificationService verification;

    @Inject
    ResultsService results;

    @Test
    void should_open_direction_7_for_akimats_only_per_paragraph_40_1() {
        EvaluationFixture.Created department = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created akimat = fixture.newBody(REGION, BodyType.DISTRICT_AKIMAT);

        List<Integer> departmentDirections = callers.as(department.username(), () -> reporting.form(YEAR))
                .directions().stream().map(DirectionView::direction).toList();
        List<Integer> akimatDirections = callers.as(akimat.username(), () -> reporting.form(YEAR))
                .directions().stream().map(DirectionView::direction).toList();

        assertThat(departmentDirections).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(akimatDirections).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    @DisplayName("¶5, ¶10, ¶21, ¶25, ¶28, ¶32, ¶36, ¶39, ¶40-2: each direction of a city akimat goes to its authorised evaluator")
    void should_route_each_direction_to_its_evaluator_per_paragraph_10() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.CITY_AKIMAT);

        Map<Integer, Role> routing = callers.as(body.username(), () -> reporting.form(YEAR)).directions().stream()
                .collect(java.util.stream.Collectors.toMap(DirectionView::direction, DirectionView::evaluatorRole));

        assertThat(routing).containsEntry(1, Role.PLANNING_BODY).containsEntry(3, Role.BUDGET_BODY)
                .containsEntry(2, Role.AKIM_APPARATUS).containsEntry(4, Role.AKIM_APPARATUS)
                .containsEntry(5, Role.AKIM_APPARATUS).containsEntry(6, Role.AKIM_APPARATUS)
                .containsEntry(7, Role.AKIM_APPARATUS);
    }

    @Test
    void should_let_the_apparatus_evaluate_the_planning_and_budget_bodies_own_directions_per_paragraphs_22_and_29() {
        List<QueueRow> apparatus = callers.as(REGION + ".apparatus", () -> {
            verification.queue(2025);
            return verification.queue(2025);
        });
        List<QueueRow> planning = callers.as(REGION + ".planning", () -> verification.queue(2025));

        assertThat(apparatus).anySatisfy(q -> {
            assertThat(q.body().code()).isEqualTo("ECON");
            assertThat(q.direction()).isEqualTo(1);
        });
        assertThat(apparatus).anySatisfy(q -> {
            assertThat(q.body().code()).isEqualTo("FIN");
            assertThat(q.direction()).isEqualTo(3);
        });
        assertThat(planning).extracting(QueueRow::direction).containsOnly(1);
        assertThat(planning).extracting(q -> q.body().code()).doesNotContain("ECON");
    }

    @Test
    void should_show_each_evaluator_exactly_its_directions_per_paragraph_10() {
        List<Integer> planning = callers.as(REGION + ".planning", () -> verification.queue(2025)).stream()
                .map(QueueRow::direction).distinct().toList();
        List<Integer> budget = callers.as(REGION + ".budget", () -> verification.queue(2025)).stream()
                .map(QueueRow::direction).distinct().toList();
        List<QueueRow> apparatus = callers.as(REGION + ".apparatus", () -> verification.queue(2025));

        assertThat(planning).containsExactly(1);
        assertThat(budget).containsExactly(3);
        assertThat(apparatus).extracting(QueueRow::direction).contains(2, 4, 5, 6, 7);
        assertThat(apparatus).filteredOn(q -> q.direction() == 1).extracting(q -> q.body().code()).containsOnly("ECON");
        long someDirection1 = callers.as(REGION + ".planning", () -> verification.queue(2025)).get(0).directionEvaluationId();
        callers.as(REGION + ".budget", () -> {
            assertThatThrownBy(() -> verification.workspace(someDirection1)).isInstanceOf(NotFoundException.class);
        });
    }

    @Test
    void should_refuse_a_submission_with_missing_values_ranges_and_evidence_per_paragraph_41() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        DirectionView d1 = callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(0);
        ValueRow percent = d1.rows().stream().filter(r -> "1.01".equals(r.code())).findFirst().orElseThrow();

        callers.as(body.username(), () -> {
            assertThatThrownBy(() -> reporting.saveDraft(d1.id(), List.of(new ValueEntry(percent.indicatorId(),
                    BigDecimal.valueOf(140), null, Map.of(), null, 5)))).isInstanceOfSatisfying(ValidationFailed.class,
                    e -> assertThat(e.problems()).extracting(ValidationFailed.Problem::where,
                            ValidationFailed.Problem::messageKey).containsExactly(
                                    org.assertj.core.groups.Tuple.tuple("1.01", "reporting.value.range")));
            reporting.saveDraft(d1.id(), List.of(new ValueEntry(percent.indicatorId(), BigDecimal.valueOf(40), null,
                    Map.of(), null, 5)));
            assertThatThrownBy(() -> reporting.submit(d1.id())).isInstanceOfSatisfying(ValidationFailed.class, e ->
                    assertThat(e.problems()).extracting(ValidationFailed.Problem::where, ValidationFailed.Problem::messageKey)
                            .contains(org.assertj.core.groups.Tuple.tuple("1.01", "reporting.evidence.required"),
                                    org.assertj.core.groups.Tuple.tuple("1.02", "reporting.value.required"),
                                    org.assertj.core.groups.Tuple.tuple("1.02", "reporting.target.required")));
        });
        assertThat(callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(0).state())
                .isEqualTo(DirectionState.DRAFT);
    }

    @Test
    void should_lock_a_submitted_direction_against_the_body() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ReportingForm form = fixture.submitAll(body.username(), YEAR);
        DirectionView d = form.directions().get(1);

        assertThat(d.state()).isEqualTo(DirectionState.SUBMITTED);
        callers.as(body.username(), () -> {
            assertThatThrownBy(() -> reporting.saveDraft(d.id(), List.of(EvaluationFixture.entryFor(d.rows().get(0)))))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("reporting.locked"));
            assertThatThrownBy(() -> evidence.attach(d.id(), d.rows().get(0).valueId(), "late.pdf",
                    EvaluationFixture.PDF, false)).isInstanceOf(RuleViolation.class);
        });
    }

    @Test
    void should_reopen_only_with_a_recorded_reason_and_then_let_the_body_edit_again() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        DirectionView d2 = fixture.submitAll(body.username(), YEAR).directions().get(1);

        callers.as(REGION + ".apparatus", () -> {
            assertThatThrownBy(() -> verification.reopen(d2.id(), "  ")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("evaluation.reopen.reason"));
            verification.reopen(d2.id(), "Бақылау құжаттарының көшірмелері толық емес");
        });

        DirectionView reopened = callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(1);
        assertThat(reopened.state()).isEqualTo(DirectionState.DRAFT);
        assertThat(reopened.reopenReason()).isEqualTo("Бақылау құжаттарының көшірмелері толық емес");
        assertThat(reopened.reopenedBy()).isEqualTo(REGION + ".apparatus");
        callers.as(body.username(), () -> reporting.saveDraft(d2.id(), List.of(EvaluationFixture.entryFor(d2.rows().get(0)))));
    }

    @Test
    void should_score_verified_values_and_renormalise_the_total_when_direction_7_does_not_apply() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ReportingForm form = fixture.submitAll(body.username(), YEAR);
        DirectionView budget = form.directions().stream().filter(d -> d.direction() == 3).findFirst().orElseThrow();
        ValueRow overdue = budget.rows().stream().filter(r -> r.code().equals("3.06")).findFirst().orElseThrow();

        callers.as(REGION + ".budget", () -> {
            assertThatThrownBy(() -> verification.verify(budget.id(), overdue.valueId(), Verification.CORRECTED,
                    BigDecimal.valueOf(4), null, "")).isInstanceOf(RuleViolation.class);
            verification.verify(budget.id(), overdue.valueId(), Verification.CORRECTED, BigDecimal.valueOf(4), null,
                    "По данным казначейства четыре просроченных обязательства");
        });
        fixture.acceptAndScore(REGION, form);
        fixture.concludeAll(REGION, form);

        // The akim reads every concluded direction; an evaluator would see only its own (need-to-know).
        BodyResult result = callers.as(REGION + ".akim", () -> results.overview(YEAR)).stream()
                .filter(r -> r.body().id() == body.body().id()).findFirst().orElseThrow();
        assertThat(callers.as(REGION + ".apparatus", () -> results.overview(YEAR)).stream()
                .filter(r -> r.body().id() == body.body().id()).findFirst().orElseThrow().directions())
                .extracting(BodyResult.DirectionScore::direction).containsExactlyInAnyOrder(2, 4, 5, 6);
        assertThat(result.directions()).hasSize(6).allSatisfy(d -> assertThat(d.score()).isNotNull());
        BigDecimal expected = weightedTotal(result, Map.of(1, 30, 2, 15, 3, 15, 4, 15, 5, 10, 6, 10));
        assertThat(result.total()).isEqualByComparingTo(expected);
        assertThat(result.rating()).isIn((Object[]) Rating.values());
        ValueRow scored = callers.as(REGION + ".budget", () -> verification.workspace(budget.id())).direction().rows()
                .stream().filter(r -> r.code().equals("3.06")).findFirst().orElseThrow();
        assertThat(scored.verification()).isEqualTo(Verification.CORRECTED);
        assertThat(scored.points()).isEqualByComparingTo("6.0000");
    }

    @Test
    @DisplayName("¶43: an inspection of another control body is attached to the figures it affects and shown on \"why this score\"")
    void should_attach_an_inspection_to_the_figures_it_affects_and_show_it_on_the_chain() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ReportingForm form = fixture.submitAll(body.username(), YEAR);
        DirectionView d = form.directions().stream().filter(x -> x.direction() == 2).findFirst().orElseThrow();
        DirectionView other = form.directions().stream().filter(x -> x.direction() == 4).findFirst().orElseThrow();
        List<ValueRow> rows = d.rows();
        String apparatus = REGION + ".apparatus";

        callers.as(apparatus, () -> {
            assertThatThrownBy(() -> verification.recordInspection(d.id(), "Тексеру комиссиясы", LocalDate.of(2026, 11, 3),
                    "Актіде бұзушылық жоқ", List.of(other.rows().get(0).valueId()), null, null, false))
                    .as("a figure of another direction").isInstanceOf(NotFoundException.class);
            verification.recordInspection(d.id(), "Тексеру комиссиясы", LocalDate.of(2026, 11, 3),
                    "Тапсырмалардың 3-еуі мерзімінен кеш орындалған",
                    List.of(rows.get(0).valueId(), rows.get(1).valueId()), null, null, false);
        });

        Explanation chain = callers.as(body.username(), () -> results.explain(form.evaluationId()));
        DirectionView shown = chain.directions().stream().filter(x -> x.id() == d.id()).findFirst().orElseThrow();
        assertThat(shown.inspections()).singleElement().satisfies(i -> {
            assertThat(i.controlBody()).isEqualTo("Тексеру комиссиясы");
            assertThat(i.indicators()).containsExactly(rows.get(0).code(), rows.get(1).code());
        });
        assertThat(callers.as(apparatus, () -> verification.workspace(d.id())).inspections())
                .singleElement().satisfies(i -> assertThat(i.indicators()).hasSize(2));
    }

    @Test
    @DisplayName("¶44: an evaluator requests information from another body of the region, with its own due date; only that body answers")
    void should_request_information_from_another_body_which_alone_answers() {
        EvaluationFixture.Created evaluated = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        EvaluationFixture.Created other = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ReportingForm form = fixture.submitAll(evaluated.username(), YEAR);
        DirectionView d = form.directions().stream().filter(x -> x.direction() == 4).findFirst().orElseThrow();
        String apparatus = REGION + ".apparatus";

        callers.as(apparatus, () -> verification.requestDocuments(d.id(),
                "Органның 2026 жылы көрсеткен мемлекеттік қызметтері туралы өтініштер тізілімін беріңіз",
                LocalDate.of(2027, 2, 10), other.body().id()));

        List<RequestView> asked = callers.as(other.username(), () -> reporting.openRequests(YEAR));
        assertThat(callers.as(apparatus, () -> outbox.ofYear(YEAR)))
                .as("¶44: the body asked is reminded 3 days and 1 day before the due date and on its morning")
                .filteredOn(f -> f.step().equals("DOCUMENT_REQUEST") && f.subject() == asked.get(0).id())
                .extracting(OutboxService.FiringRow::offsetDays).containsExactlyInAnyOrder(3, 1, 0);
        assertThat(asked).singleElement().satisfies(r -> {
            assertThat(r.dueDate()).isEqualTo(LocalDate.of(2027, 2, 10));
            assertThat(r.about().id()).isEqualTo(evaluated.body().id());
            assertThat(r.direction()).isEqualTo(4);
        });
        long request = asked.get(0).id();
        assertThat(callers.as(evaluated.username(), () -> reporting.openRequests(YEAR))).as("asked of another body")
                .extracting(RequestView::id).doesNotContain(request);
        callers.as(evaluated.username(), () -> assertThatThrownBy(() -> reporting.answerRequest(request, "Біз"))
                .isInstanceOf(NotFoundException.class));
        callers.as(other.username(), () -> reporting.answerRequest(request, "Тізілім қоса берілді, 412 өтініш"));

        assertThat(callers.as(apparatus, () -> verification.workspace(d.id())).requests())
                .filteredOn(r -> r.id() == request).singleElement().satisfies(r -> {
                    assertThat(r.addressee().id()).isEqualTo(other.body().id());
                    assertThat(r.answer()).isEqualTo("Тізілім қоса берілді, 412 өтініш");
                    assertThat(r.answeredBy()).isEqualTo(other.username());
                });
    }

    @Test
    @DisplayName("¶34: a figure from a sociological survey names its survey, shown on \"why this score\"; without it the direction is not submitted")
    void should_name_the_survey_of_a_survey_figure_and_show_it_on_the_chain() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ReportingForm form = fixture.submitAll(body.username(), YEAR);

        Explanation chain = callers.as(body.username(), () -> results.explain(form.evaluationId()));
        List<ValueRow> surveyed = chain.directions().stream().flatMap(d -> d.rows().stream())
                .filter(r -> r.sourceType() == 7).toList();
        assertThat(surveyed).as("the demo methodology's survey indicators").isNotEmpty().allSatisfy(r -> {
            assertThat(r.survey().organisation()).isEqualTo("Зерттеу институты");
            assertThat(r.survey().conductedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
            assertThat(r.survey().sample()).isEqualTo(1000);
        });

        EvaluationFixture.Created other = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ReportingForm filled = fixture.fill(other.username(), YEAR);
        DirectionView d2 = filled.directions().stream().filter(x -> x.direction() == 2).findFirst().orElseThrow();
        ValueRow row = d2.rows().get(0);
        ValueEntry unnamed = EvaluationFixture.entryFor(row);
        callers.as(other.username(), () -> {
            reporting.saveDraft(d2.id(), List.of(new ValueEntry(unnamed.indicatorId(), unnamed.actual(),
                    unnamed.target(), unnamed.inputs(), null, 7)));
            assertThatThrownBy(() -> reporting.submit(d2.id())).isInstanceOfSatisfying(ValidationFailed.class,
                    e -> assertThat(e.problems()).extracting(ValidationFailed.Problem::messageKey)
                            .contains("survey.details.required"));
        });
    }

    @Test
    void should_refuse_evidence_of_the_wrong_type_or_too_large_by_content() {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        DirectionView d1 = callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(0);
        long value = d1.rows().get(0).valueId();
        byte[] exe = "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1);
        byte[] big = new byte[evidenceLimit() + 1];
        System.arraycopy(EvaluationFixture.PDF, 0, big, 0, EvaluationFixture.PDF.length);

        callers.as(body.username(), () -> {
            assertThatThrownBy(() -> evidence.attach(d1.id(), value, "act.pdf", exe, false))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("evidence.type"));
            assertThatThrownBy(() -> evidence.attach(d1.id(), value, "act.exe", EvaluationFixture.PDF, false))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("evidence.type"));
            assertThatThrownBy(() -> evidence.attach(d1.id(), value, "act.pdf", big, false))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("evidence.too-large"));
            assertThat(evidence.attach(d1.id(), value, "act.pdf", EvaluationFixture.PDF, true).sha256()).hasSize(64);
        });
    }

    @Test
    void should_hide_a_confidential_document_from_a_reader_without_need_per_paragraph_45() throws Exception {
        EvaluationFixture.Created body = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        DirectionView d1 = callers.as(body.username(), () -> reporting.form(YEAR)).directions().get(0);
        long file = callers.as(body.username(), () -> evidence.attach(d1.id(), d1.rows().get(0).valueId(), "secret.pdf",
                EvaluationFixture.PDF, true).id());

        assertThat(callers.as(body.username(), () -> evidence.download(file)).fileName()).isEqualTo("secret.pdf");
        assertThat(callers.as(REGION + ".planning", () -> evidence.download(file)).content()).isEqualTo(EvaluationFixture.PDF);
        callers.as(REGION + ".apparatus", () -> {
            assertThatThrownBy(() -> evidence.download(file)).isInstanceOf(NotFoundException.class);
        });
        callers.as(REGION + ".commission", () -> {
            assertThatThrownBy(() -> evidence.download(file)).isInstanceOf(NotFoundException.class);
        });
    }

    private static int evidenceLimit() {
        return 20 * 1024 * 1024;
    }

    private static BigDecimal weightedTotal(BodyResult r, Map<Integer, Integer> weights) {
        BigDecimal sum = BigDecimal.ZERO;
        int total = 0;
        for (BodyResult.DirectionScore d : r.directions()) {
            sum = sum.add(d.score().multiply(BigDecimal.valueOf(weights.get(d.direction()))));
            total += weights.get(d.direction());
        }
        return sum.divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

}
