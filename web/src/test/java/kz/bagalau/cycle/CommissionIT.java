package kz.bagalau.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import kz.bagalau.administration.application.IssuedPassword;
import kz.bagalau.administration.application.NewRegionUser;
import kz.bagalau.administration.application.RegionUserAdministration;
import kz.bagalau.cycle.application.CommissionDecisionView;
import kz.bagalau.cycle.application.CommissionService;
import kz.bagalau.cycle.application.CycleService;
import kz.bagalau.cycle.application.RecheckService;
import kz.bagalau.cycle.domain.CommissionDecision.Seat;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.testsupport.Callers;
import kz.bagalau.testsupport.PortalClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * ¶13: the akim's decision forms the Regional Expert Commission and names its working body; the decision in force,
 * not the role alone, decides who acts as either. Every decision is kept, with its document.
 */
@ExtendWith(ArquillianExtension.class)
class CommissionIT {

    private static final String REGION = "akmola";
    private static final LocalDate DECIDED = LocalDate.of(2026, 1, 12);

    @ArquillianResource
    URL url;

    @Inject
    Callers callers;

    @Inject
    CommissionService commission;

    @Inject
    CycleService cycle;

    @Inject
    RecheckService rechecks;

    @Inject
    RegionUserAdministration users;

    @Test
    @DisplayName("¶13: only those the akim's decision in force seats act as the commission and its working body; a new decision moves the seats")
    void should_let_only_the_seated_act_as_the_commission() {
        IssuedPassword issued = callers.as(REGION + ".admin", () -> users.create(new NewRegionUser("member-"
                + System.nanoTime() % 100000, "Комиссия Мүшесі", Set.of(Role.COMMISSION_MEMBER), null, null, "")));
        String newcomer = issued.username();
        String password = issued.password();

        assertThat(keyOf(newcomer, password, () -> conclude())).as("holding the role is not enough")
                .isEqualTo("commission.notSeated");
        assertThat(keyOf(REGION + ".commission", () -> conclude())).as("seated: refused later, for the year's state")
                .isNotEqualTo("commission.notSeated");
        assertThat(keyOf(REGION + ".workingbody", () -> rechecks.start(1L, "Бұзушылық анықталды")))
                .isNotEqualTo("commission.workingBody.notSeated");

        Map<String, Seat> moved = new LinkedHashMap<>();
        moved.put(newcomer, Seat.CHAIR);
        moved.put(REGION + ".workingbody", Seat.WORKING_BODY);
        byte[] scan = "%PDF-1.4\n% akim's decision\n".getBytes(StandardCharsets.US_ASCII);
        CommissionDecisionView decision = callers.as(REGION + ".admin", () -> commission.record("31-р", DECIDED, moved,
                "31-r.pdf", scan));
        try {
            assertThat(decision.inForce()).isTrue();
            assertThat(keyOf(newcomer, password, () -> conclude())).isNotEqualTo("commission.notSeated");
            assertThat(keyOf(REGION + ".commission", () -> conclude())).as("no longer seated")
                    .isEqualTo("commission.notSeated");
            List<CommissionDecisionView> history = callers.as(REGION + ".akim", () -> commission.history());
            assertThat(history).extracting(CommissionDecisionView::number).startsWith("31-р").contains("12-р");
            assertThat(history).filteredOn(CommissionDecisionView::inForce).singleElement()
                    .satisfies(d -> assertThat(d.id()).isEqualTo(decision.id()));
            assertThat(callers.as(REGION + ".akim", () -> commission.document(decision.id())).content()).isEqualTo(scan);
        } finally {
            Map<String, Seat> restored = new LinkedHashMap<>();
            restored.put(REGION + ".commission", Seat.CHAIR);
            restored.put(REGION + ".workingbody", Seat.WORKING_BODY);
            callers.as(REGION + ".admin", () -> commission.record("32-р", DECIDED, restored, null, null));
        }
        assertThat(keyOf(REGION + ".commission", () -> conclude())).isNotEqualTo("commission.notSeated");
    }

    @Test
    @DisplayName("¶13: a decision seats only the region's users holding the seat's role, needs a working body, and is kept from other regions")
    void should_check_a_decision_and_keep_it_in_its_region() {
        Map<String, Seat> planner = Map.of(REGION + ".planning", Seat.MEMBER, REGION + ".workingbody", Seat.WORKING_BODY);
        Map<String, Seat> foreign = Map.of("karaganda.commission", Seat.CHAIR, REGION + ".workingbody", Seat.WORKING_BODY);
        Map<String, Seat> noWorkingBody = Map.of(REGION + ".commission", Seat.CHAIR);

        assertThat(keyOf(REGION + ".admin", () -> commission.record("40-р", DECIDED, planner, null, null)))
                .isEqualTo("commission.user.role");
        assertThat(keyOf(REGION + ".admin", () -> commission.record("41-р", DECIDED, foreign, null, null)))
                .isEqualTo("commission.user.unknown");
        assertThat(keyOf(REGION + ".admin", () -> commission.record("42-р", DECIDED, noWorkingBody, null, null)))
                .isEqualTo("commission.workingBody.required");
        assertThat(keyOf(REGION + ".admin", () -> commission.record("43-р", LocalDate.of(2099, 1, 1),
                Map.of(REGION + ".commission", Seat.CHAIR, REGION + ".workingbody", Seat.WORKING_BODY), null, null)))
                .isEqualTo("commission.date.invalid");
        assertThatThrownBy(() -> callers.as(REGION + ".akim", () -> commission.record("44-р", DECIDED,
                Map.of(REGION + ".commission", Seat.CHAIR, REGION + ".workingbody", Seat.WORKING_BODY), null, null)))
                .as("the region's administrator records the akim's decision").isInstanceOf(EJBAccessException.class);

        long ours = callers.as(REGION + ".admin", () -> commission.history()).get(0).id();
        assertThat(callers.as("karaganda.admin", () -> commission.history())).extracting(CommissionDecisionView::id)
                .doesNotContain(ours);
        assertThatThrownBy(() -> callers.as("karaganda.admin", () -> commission.document(ours)))
                .isInstanceOf(NotFoundException.class);
        PortalClient karaganda = new PortalClient(url);
        karaganda.logIn("karaganda.admin", "demo");
        assertThat(karaganda.get("/app/commission.xhtml").body()).contains("karaganda.commission")
                .doesNotContain(REGION + ".commission");
        PortalClient body = new PortalClient(url);
        body.logIn(REGION + ".body1", "demo");
        assertThat(body.get("/app/commission.xhtml").statusCode()).isEqualTo(404);
    }

    private Object conclude() {
        cycle.recordCommissionConclusion(2026, "Бағалау нәтижелері негізді.");
        return null;
    }

    private String keyOf(String user, Supplier<?> work) {
        return keyOf(user, "demo", work);
    }

    private String keyOf(String user, String password, Supplier<?> work) {
        try {
            callers.as(user, password, work);
            return "";
        } catch (RuleViolation e) {
            return e.messageKey();
        } catch (NotFoundException e) {
            return "not-found";
        }
    }
}
