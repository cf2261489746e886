package kz.bagalau.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;

/**
 * A deadline day on one node, all at once: bodies of the regions still reporting open their report and save
 * their draft (the real JSF ajax postback, with every field of the form and PrimeFaces' CSP nonce), evaluators of the regions in
 * verification open their list and an evaluation's workspace, the ministry watches its progress board. Each
 * virtual user keeps its own pace, so the mix adds up to about {@code load.rate} requests a second (100) whatever
 * the answers' speed, until the answers cannot keep up, which then shows in p95.
 */
public class DeadlineDaySimulation extends Simulation {

    private static final double RATE = Double.parseDouble(System.getProperty("load.rate", "100"));
    private static final Duration LENGTH = Duration.ofSeconds(Integer.getInteger("load.seconds", 15) * 4L);

    private static final int BODIES = 40;
    private static final int EVALUATORS = 24;
    private static final int MINISTRY = 4;

    /** A body: its report (GET), then "save draft" on the first direction it may still report. */
    private static ScenarioBuilder bodies(Duration pace) {
        ChainBuilder round = exec(http("deadline: report").get("/app/reporting.xhtml")
                .check(status().is(200), substring("reportForm"),
                        form("#reportForm").saveAs("report"),
                        css("script[nonce]", "nonce").saveAs("nonce"),
                        css("button[id$=':save']", "id").optional().saveAs("save")))
                .doIf(session -> session.contains("save")).then(
                        exec(http("deadline: save draft").post("/app/reporting.xhtml")
                                .header("Faces-Request", "partial/ajax")
                                .form("#{report}")
                                .formParam("jakarta.faces.partial.ajax", "true")
                                .formParam("jakarta.faces.source", "#{save}")
                                .formParam("jakarta.faces.partial.execute", "@all")
                                .formParam("jakarta.faces.partial.render", "reportForm growl")
                                .formParam("#{save}", "#{save}")
                                .formParam("primefaces.nonce", "#{nonce}")
                                .check(status().is(200), substring("partial-response"))));
        return scenario("deadline: bodies").feed(Portal.draftingBodies()).exec(Portal.login())
                .exec(rendezVous(BODIES))
                .during(LENGTH).on(pace(pace).exec(round));
    }

    /** An evaluator: the evaluations list, then one evaluation's workspace from it. */
    private static ScenarioBuilder evaluators(Duration pace) {
        ChainBuilder round = exec(http("deadline: evaluations").get("/app/evaluations.xhtml")
                .check(status().is(200), css("a[href*='workspace.xhtml']", "href").findRandom().saveAs("workspace")))
                .exec(http("deadline: workspace").get("#{workspace}").check(status().is(200), substring("portal-menu")));
        return scenario("deadline: evaluators").feed(Portal.verifyingEvaluators()).exec(Portal.login())
                .exec(rendezVous(EVALUATORS))
                .during(LENGTH).on(pace(pace).exec(round));
    }

    private static ScenarioBuilder ministry(Duration pace) {
        ChainBuilder round = exec(http("deadline: board").get("/app/board.xhtml")
                .check(status().is(200), substring("portal-menu")));
        return scenario("deadline: ministry").feed(Portal.national("ministry")).exec(Portal.login())
                .exec(rendezVous(MINISTRY))
                .during(LENGTH).on(pace(pace).exec(round));
    }

    {
        // Shares of the rate: bodies 60 %, evaluators 30 %, the ministry 10 %; each round of a body or an
        // evaluator is two requests.
        Duration bodyPace = Duration.ofMillis(Math.round(1000 * 2 * BODIES / (RATE * 0.6)));
        Duration evaluatorPace = Duration.ofMillis(Math.round(1000 * 2 * EVALUATORS / (RATE * 0.3)));
        Duration ministryPace = Duration.ofMillis(Math.round(1000 * MINISTRY / (RATE * 0.1)));
        setUp(bodies(bodyPace).injectOpen(atOnceUsers(BODIES)),
                evaluators(evaluatorPace).injectOpen(atOnceUsers(EVALUATORS)),
                ministry(ministryPace).injectOpen(atOnceUsers(MINISTRY)))
                .protocols(Portal.protocol());
    }
}
