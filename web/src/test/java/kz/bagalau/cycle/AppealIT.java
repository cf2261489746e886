package kz.bagalau.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import kz.bagalau.cycle.application.AppealDocument;
import kz.bagalau.cycle.application.AppealService;
import kz.bagalau.cycle.application.AppealView;
import kz.bagalau.cycle.application.AppealWindow;
import kz.bagalau.cycle.application.CommissionCandidate;
import kz.bagalau.cycle.application.CycleService;
import kz.bagalau.cycle.application.RecheckService;
import kz.bagalau.cycle.application.ScheduleService;
import kz.bagalau.cycle.domain.Appeal;
import kz.bagalau.cycle.domain.CycleStep;
import kz.bagalau.cycle.domain.Recheck;
import kz.bagalau.deadlines.application.OutboxService;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.ConclusionView;
import kz.bagalau.evaluation.application.DirectionView;
import kz.bagalau.evaluation.application.ReportingForm;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.evaluation.application.ValueRow;
import kz.bagalau.evaluation.application.VerificationService;
import kz.bagalau.evaluation.domain.DirectionState;
import kz.bagalau.evaluation.domain.Verification;
import kz.bagalau.registry.domain.BodyType;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.time.ShiftableClock;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.EvaluationFixture;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Appeals and re-checks (¶55-¶60) on fresh bodies whose conclusions go out on the suite's date, Wednesday
 * 20 January 2027: the window of five working days from receipt, the automatic answer without documents,
 * the special commission without participants, the decision window, the corrected version, and the working
 * body's re-check.
 */
@ExtendWith(ArquillianExtension.class)
class AppealIT {

    static final String REGION = "atyrau";
    static final int YEAR = 2026;
    static final String APPARATUS = REGION + ".apparatus";
    static final String CONTROL_UNIT = REGION + ".apparatus2";
    static final List<AppealDocument> DOCUMENTS = List.of(new AppealDocument("растау.pdf", EvaluationFixture.PDF, false));

    @Inject
    Callers callers;

    @Inject
    EvaluationFixture fixture;

    @Inject
    ShiftableClock clock;

    @Inject
    ReportingService reporting;

    @Inject
    ConclusionService conclusions;

    @Inject
    VerificationService verification;

    @Inject
    AppealService appeals;

    @Inject
    ScheduleService schedules;

    @Inject
    CycleService cycle;

    @Inject
    RecheckService rechecks;

    @Inject
    OutboxService outbox;

    @AfterEach
    void backToTheSuitesDate() {
        clock.reset();
    }

    @Test
    @DisplayName("¶55: five working days from receipt — the first opening, or at the latest the next working day")
    void should_count_the_appeal_window_from_receipt() {
        Concluded body = concluded();
        DirectionView opened = body.apparatusDirection(0);
        DirectionView unopened = body.apparatusDirection(1);
        callers.as(body.user(), () -> conclusions.confirmReceipt(sentConclusion(body.user(), opened).id()));

        AppealWindow onOpening = callers.as(body.user(), () -> appeals.window(opened.id()));
        assertThat(onOpening.receipt()).isEqualTo(LocalDate.of(2027, 1, 20));
        assertThat(onOpening.windowEnd()).isEqualTo(LocalDate.of(2027, 1, 27));
        AppealWindow atTheLatest = callers.as(body.user(), () -> appeals.window(unopened.id()));
        assertThat(atTheLatest.receipt()).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(atTheLatest.windowEnd()).isEqualTo(LocalDate.of(2027, 1, 28));
        long openedConclusion = sentConclusion(body.user(), opened).id();
        long unopenedConclusion = sentConclusion(body.user(), unopened).id();
        assertThat(callers.as(APPARATUS, () -> outbox.ofYear(YEAR)))
                .as("¶55: the body is reminded the day before its window closes, counted from its own receipt")
                .filteredOn(f -> f.step().equals("APPEAL_WINDOW")
                        && (f.subject() == openedConclusion || f.subject() == unopenedConclusion))
                .extracting(OutboxService.FiringRow::deadline, OutboxService.FiringRow::offsetDays)
                .containsExactlyInAnyOrder(tuple(LocalDate.of(2027, 1, 27), 1), tuple(LocalDate.of(2027, 1, 28), 1));

        clock.shiftTo(Instant.parse("2027-01-28T12:00:00Z"));
        callers.as(body.user(), () -> {
            assertThatThrownBy(() -> appeals.file(opened.id(), "Келіспейміз", DOCUMENTS))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("appeal.window.closed");
                        assertThat(e.arguments()).containsExactly("2027-01-27");
                    });
        });
        AppealView lastDay = callers.as(body.user(), () -> appeals.file(unopened.id(), "Келіспейміз", DOCUMENTS));
        assertThat(lastDay.status()).isEqualTo(Appeal.Status.FILED);
        assertThat(lastDay.decisionDue()).isEqualTo(LocalDate.of(2027, 2, 4));
        assertThat(callers.as(body.user(), () -> appeals.window(opened.id())).open()).isFalse();
    }

    @Test
    @DisplayName("¶56: without supporting documents the appeal is kept and answered that a re-check is unfounded")
    void should_answer_an_appeal_without_documents_automatically() {
        Concluded body = concluded();
        DirectionView d = body.apparatusDirection(0);

        AppealView answered = callers.as(body.user(), () -> appeals.file(d.id(), "Балл әділетсіз", List.of()));

        assertThat(answered.status()).isEqualTo(Appeal.Status.AUTO_ANSWERED);
        assertThat(answered.decisionReason()).isEqualTo(Appeal.AUTO_ANSWER);
        assertThat(answered.decidedBy()).as("¶56: in the evaluator's name").isEqualTo(d.evaluatorRole().name());
        assertThat(answered.decidedBy()).isEqualTo("AKIM_APPARATUS").isNotEqualTo("system");
        assertThat(answered.answeredInNameOf()).as("the apparatus is named by its role, not a registry body").isNull();
        assertThat(stateOf(body, d)).isEqualTo(DirectionState.CONCLUSION_SENT);
        callers.as(body.user(), () -> {
            assertThatThrownBy(() -> appeals.file(d.id(), "Тағы да", DOCUMENTS)).isInstanceOfSatisfying(
                    RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("appeal.exists"));
        });
        callers.as(APPARATUS, () -> {
            assertThatThrownBy(() -> appeals.formCommission(answered.id(), List.of(CONTROL_UNIT)))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("appeal.state"));
        });
    }

    @Test
    @DisplayName("¶55-¶56: an empty document refuses the whole appeal; it never becomes an appeal without documents")
    void should_refuse_an_appeal_whose_document_is_empty() {
        Concluded body = concluded();
        DirectionView d = body.apparatusDirection(0);
        List<AppealDocument> empty = List.of(new AppealDocument("zero.pdf", new byte[0], false));

        callers.as(body.user(), () -> {
            assertThatThrownBy(() -> appeals.file(d.id(), "Құжат қоса берілді", empty))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("upload.empty"));
        });

        assertThat(callers.as(APPARATUS, () -> appeals.list(YEAR))).noneMatch(a -> a.directionEvaluationId() == d.id());
        assertThat(callers.as(body.user(), () -> appeals.window(d.id())).open()).isTrue();
    }

    @Test
    @DisplayName("¶57: the special commission is formed within the evaluator's own staff, never with anyone who verified, scored or drafted for the body this year")
    void should_refuse_participants_on_the_special_commission() {
        Concluded body = concluded();
        DirectionView d = body.apparatusDirection(0);
        AppealView filed = callers.as(body.user(), () -> appeals.file(d.id(), "Құжаттар ескерілмеді", DOCUMENTS));
        assertThat(filed.documents()).hasSize(1);
        assertThat(stateOf(body, d)).isEqualTo(DirectionState.APPEALED);

        List<CommissionCandidate> candidates = callers.as(APPARATUS, () -> appeals.candidates(filed.id()));
        assertThat(candidates).extracting(CommissionCandidate::username).contains(APPARATUS, CONTROL_UNIT)
                .as("only the evaluator's staff").doesNotContain(REGION + ".planning", REGION + ".budget");
        assertThat(candidates).filteredOn(CommissionCandidate::conflicted).extracting(CommissionCandidate::username)
                .contains(APPARATUS).doesNotContain(CONTROL_UNIT);
        callers.as(APPARATUS, () -> {
            assertThatThrownBy(() -> appeals.formCommission(filed.id(), List.of(CONTROL_UNIT, REGION + ".budget")))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("appeal.commission.outsider");
                        assertThat(e.arguments()).containsExactly(REGION + ".budget");
                    });
            assertThatThrownBy(() -> appeals.formCommission(filed.id(), List.of(CONTROL_UNIT, APPARATUS)))
                    .isInstanceOfSatisfying(RuleViolation.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("appeal.commission.conflict");
                        assertThat(e.arguments()).containsExactly(APPARATUS);
                    });
            assertThatThrownBy(() -> appeals.formCommission(filed.id(), List.of(REGION + ".body1")))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("appeal.commission.outsider"));
            assertThatThrownBy(() -> appeals.formCommission(filed.id(), List.of()))
                    .isInstanceOfSatisfying(RuleViolation.class,
                            e -> assertThat(e.messageKey()).isEqualTo("appeal.commission.empty"));
        });
        callers.as(REGION + ".planning", () -> {
            assertThatThrownBy(() -> appeals.formCommission(filed.id(), List.of(CONTROL_UNIT)))
                    .as("not this direction's evaluator").isInstanceOf(kz.bagalau.shared.domain.NotFoundException.class);
        });
        AppealView formed = callers.as(APPARATUS, () -> appeals.formCommission(filed.id(), List.of(CONTROL_UNIT)));
        assertThat(formed.status()).isEqualTo(Appeal.Status.UNDER_REVIEW);
        assertThat(formed.members()).containsExactly(CONTROL_UNIT);
        callers.as(APPARATUS, () -> {
            assertThatThrownBy(() -> appeals.decide(filed.id(), true, "Қабылданды")).isInstanceOfSatisfying(
                    RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("appeal.decide.member"));
        });
        callers.as(body.user(), () -> {
            assertThatThrownBy(() -> appeals.decide(filed.id(), true, "Өзімізге")).isInstanceOf(EJBAccessException.class);
        });
    }

    @Test
    @DisplayName("¶58: the decision is due within five working days of filing; later only with a recorded extension")
    void should_refuse_a_late_decision_unless_extended() {
        Concluded body = concluded();
        AppealView filed = underReview(body, body.apparatusDirection(0));
        assertThat(filed.decisionDue()).isEqualTo(LocalDate.of(2027, 1, 27));

        clock.shiftTo(Instant.parse("2027-01-27T19:00:00Z"));
        callers.as(CONTROL_UNIT, () -> {
            assertThatThrownBy(() -> appeals.decide(filed.id(), false, "Негізсіз")).isInstanceOfSatisfying(
                    RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("deadline.passed"));
        });
        callers.as(REGION + ".akim", () -> schedules.extend(YEAR, CycleStep.APPEAL_DECISION, null, null, filed.id(),
                LocalDate.of(2027, 1, 29), "Комиссия мүшесі іссапарда"));
        assertThat(callers.as(APPARATUS, () -> outbox.ofYear(YEAR)))
                .as("¶58: reminders 2 and 1 working days before the extended date (the first already past), then enforced")
                .filteredOn(f -> f.subject() == filed.id() && f.deadline().equals(LocalDate.of(2027, 1, 29)))
                .extracting(OutboxService.FiringRow::kind, OutboxService.FiringRow::offsetDays,
                        OutboxService.FiringRow::status)
                .containsExactlyInAnyOrder(tuple("REMINDER", 2, "SKIPPED"), tuple("REMINDER", 1, "PLANNED"),
                        tuple("DEADLINE", 0, "PLANNED"));
        AppealView rejected = callers.as(CONTROL_UNIT, () -> appeals.decide(filed.id(), false, "Құжаттар нәтижені өзгертпейді"));

        assertThat(rejected.status()).isEqualTo(Appeal.Status.REJECTED);
        assertThat(rejected.decidedBy()).isEqualTo(CONTROL_UNIT);
        assertThat(stateOf(body, body.apparatusDirection(0))).as("the sent conclusion stands")
                .isEqualTo(DirectionState.CONCLUSION_SENT);
    }

    @Test
    @DisplayName("¶10, ¶59: only the direction's evaluator is offered the workspace of an accepted appeal")
    void should_offer_the_workspace_link_only_to_the_directions_evaluator() {
        Concluded body = concluded();
        DirectionView d = body.apparatusDirection(0);
        AppealView filed = underReview(body, d);
        callers.as(CONTROL_UNIT, () -> appeals.decide(filed.id(), true, "Құжаттар нақты мәнді растайды"));

        assertThat(callers.as(APPARATUS, () -> appeals.get(filed.id())))
                .satisfies(a -> assertThat(a.awaitingCorrection()).isTrue())
                .satisfies(a -> assertThat(a.workspaceOpen()).isTrue());
        callers.as(REGION + ".commission", () -> assertThatThrownBy(() -> appeals.get(filed.id()))
                .as("a member of the Regional Expert Commission: no need to know (¶45)")
                .isInstanceOf(NotFoundException.class));
        callers.as(REGION + ".expert", () -> assertThatThrownBy(() -> appeals.get(filed.id()))
                .as("the independent expert: not assigned (¶48)").isInstanceOf(NotFoundException.class));
        assertThat(callers.as(body.user(), () -> appeals.get(filed.id())).workspaceOpen())
                .as("the appealing body").isFalse();
        assertThat(callers.as(REGION + ".akim", () -> appeals.list(YEAR)))
                .filteredOn(a -> a.id() == filed.id()).singleElement()
                .satisfies(a -> assertThat(a.workspaceOpen()).as("the akim").isFalse());
    }

    @Test
    @DisplayName("¶59: an accepted appeal is answered by a corrected, rescored new version; the old one stays readable")
    void should_correct_an_accepted_appeal_as_a_new_version() {
        Concluded body = concluded();
        DirectionView d = body.apparatusDirection(0);
        AppealView filed = underReview(body, d);
        callers.as(APPARATUS, () -> {
            assertThatThrownBy(() -> conclusions.saveDraft(d.id(), null, "x", "y", "z")).isInstanceOfSatisfying(
                    RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("conclusion.correct.undecided"));
        });
        callers.as(CONTROL_UNIT, () -> appeals.decide(filed.id(), true, "Құжаттар нақты мәнді растайды"));
        callers.as(APPARATUS, () -> {
            assertThatThrownBy(() -> cycle.finalise(d.id())).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("finalise.appeal.open"));
        });
        BigDecimal before = scoreOf(body, d);
        ConclusionView first = sentConclusion(body.user(), d);

        ConclusionView second = callers.as(APPARATUS, () -> {
            ValueRow row = verification.workspace(d.id()).direction().rows().get(0);
            verification.verify(d.id(), row.valueId(), Verification.CORRECTED, BigDecimal.ZERO, row.target(),
                    "Шағым бойынша қайта есептелді");
            verification.score(d.id());
            ConclusionView draft = conclusions.saveDraft(d.id(), null, "Орындалды", "Түзетілген тұжырымдар", "Ұсыным");
            return conclusions.send(draft.id());
        });

        assertThat(second.version()).isEqualTo(2);
        assertThat(second.previousId()).isEqualTo(first.id());
        assertThat(second.correctionReason()).startsWith("¶59: Құжаттар нақты мәнді растайды");
        assertThat(scoreOf(body, d)).isNotEqualByComparingTo(before);
        assertThat(callers.as(body.user(), () -> conclusions.versions(d.id()))).extracting(ConclusionView::version)
                .containsExactly(2, 1);
        assertThat(callers.as(body.user(), () -> conclusions.get(first.id())).findings()).isEqualTo("Тұжырымдар");
        assertThat(callers.as(APPARATUS, () -> appeals.get(filed.id())).correctedConclusionId()).isEqualTo(second.id());
        callers.as(APPARATUS, () -> cycle.finalise(d.id()));
        assertThat(stateOf(body, d)).isEqualTo(DirectionState.FINAL);
    }

    @Test
    @DisplayName("¶60: the working body re-checks a final result on its own initiative; the direction returns where it was")
    void should_recheck_a_single_result_at_the_working_bodys_initiative() {
        Concluded body = concluded();
        DirectionView d = body.apparatusDirection(2);
        clock.shiftTo(Instant.parse("2027-02-01T05:00:00Z"));
        callers.as(APPARATUS, () -> cycle.finalise(d.id()));
        String workingBody = REGION + ".workingbody";
        callers.as(workingBody, () -> {
            assertThatThrownBy(() -> rechecks.start(d.id(), " ")).isInstanceOfSatisfying(RuleViolation.class,
                    e -> assertThat(e.messageKey()).isEqualTo("recheck.reason.required"));
        });

        RecheckService.RecheckView started = callers.as(workingBody,
                () -> rechecks.start(d.id(), "Бақылау актісі нәтижеге әсер еткен бұзушылықты көрсетті"));
        assertThat(started.resumeState()).isEqualTo(DirectionState.FINAL);
        assertThat(stateOf(body, d)).isEqualTo(DirectionState.UNDER_EVALUATION);
        ConclusionView corrected = callers.as(APPARATUS, () -> {
            ValueRow row = verification.workspace(d.id()).direction().rows().get(0);
            verification.verify(d.id(), row.valueId(), Verification.REJECTED, null, null, "Бақылау актісі бойынша");
            verification.score(d.id());
            return conclusions.send(conclusions.saveDraft(d.id(), null, "Орындалды", "Қайта тексерілді", "Ұсыным").id());
        });
        assertThat(corrected.correctionReason()).startsWith("¶60: Бақылау актісі");
        RecheckService.RecheckView closed = callers.as(workingBody,
                () -> rechecks.close(started.id(), "Балл түзетілді, қорытындының 2-нұсқасы жіберілді"));

        assertThat(closed.status()).isEqualTo(Recheck.Status.CLOSED);
        assertThat(stateOf(body, d)).as("¶60: the corrected version goes to the body again").isEqualTo(
                DirectionState.CONCLUSION_SENT);
        assertThat(callers.as(REGION + ".akim", () -> rechecks.list(YEAR))).extracting(RecheckService.RecheckView::id)
                .contains(started.id());
    }

    @Test
    @DisplayName("¶60, ¶55: a conclusion corrected by the working body's re-check is a new version the body receives and may appeal, the window counting from its receipt")
    void should_let_the_body_appeal_a_version_corrected_by_a_recheck() {
        Concluded body = concluded();
        DirectionView d = body.apparatusDirection(3);
        clock.shiftTo(Instant.parse("2027-02-01T05:00:00Z"));
        callers.as(APPARATUS, () -> cycle.finalise(d.id()));
        String workingBody = REGION + ".workingbody";
        RecheckService.RecheckView started = callers.as(workingBody,
                () -> rechecks.start(d.id(), "Басқа бақылау органының актісі нәтижені өзгертеді"));
        ConclusionView corrected = callers.as(APPARATUS, () -> {
            ValueRow row = verification.workspace(d.id()).direction().rows().get(0);
            verification.verify(d.id(), row.valueId(), Verification.REJECTED, null, null, "Акт бойынша");
            verification.score(d.id());
            return conclusions.send(conclusions.saveDraft(d.id(), null, "Орындалды", "Қайта тексерілді", "Ұсыным").id());
        });
        callers.as(workingBody, () -> rechecks.close(started.id(), "2-нұсқа жіберілді"));
        callers.as(body.user(), () -> conclusions.confirmReceipt(corrected.id()));

        AppealWindow window = callers.as(body.user(), () -> appeals.window(d.id()));
        AppealView filed = callers.as(body.user(), () -> appeals.file(d.id(), "Түзетілген нұсқамен келіспейміз",
                DOCUMENTS));

        assertThat(window.receipt()).as("from the receipt of the re-checked version").isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(window.open()).isTrue();
        assertThat(filed.conclusionId()).isEqualTo(corrected.id());
        assertThat(filed.status()).isEqualTo(Appeal.Status.FILED);
        callers.as(APPARATUS, () -> assertThatThrownBy(() -> cycle.finalise(d.id()))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("finalise.appeal.open")));
    }

    /** A new department of the region, reported, verified, scored and concluded on the suite's date. */
    private Concluded concluded() {
        EvaluationFixture.Created created = fixture.newBody(REGION, BodyType.REGIONAL_DEPARTMENT);
        ReportingForm form = fixture.submitAll(created.username(), YEAR);
        fixture.acceptAndScore(REGION, form);
        fixture.concludeAll(REGION, form);
        return new Concluded(created.username(), callers.as(created.username(), () -> reporting.form(YEAR)));
    }

    private AppealView underReview(Concluded body, DirectionView d) {
        AppealView filed = callers.as(body.user(), () -> appeals.file(d.id(), "Құжаттар ескерілмеді", DOCUMENTS));
        return callers.as(APPARATUS, () -> appeals.formCommission(filed.id(), List.of(CONTROL_UNIT)));
    }

    private ConclusionView sentConclusion(String user, DirectionView d) {
        return callers.as(user, () -> conclusions.versions(d.id())).stream().filter(ConclusionView::sent)
                .reduce((newer, older) -> older).orElseThrow();
    }

    private DirectionState stateOf(Concluded body, DirectionView d) {
        return direction(body, d).state();
    }

    private BigDecimal scoreOf(Concluded body, DirectionView d) {
        return direction(body, d).score();
    }

    private DirectionView direction(Concluded body, DirectionView d) {
        return callers.as(body.user(), () -> reporting.form(YEAR)).directions().stream()
                .filter(x -> x.id() == d.id()).findFirst().orElseThrow();
    }

    /** A concluded body: its user and its form. */
    record Concluded(String user, ReportingForm form) {

        /** The n-th of the directions the akim's apparatus evaluates (2, 4, 5, 6 for a department). */
        DirectionView apparatusDirection(int n) {
            return form.directions().stream()
                    .filter(d -> d.evaluatorRole() == kz.bagalau.identity.domain.Role.AKIM_APPARATUS)
                    .toList().get(n);
        }
    }
}
