package kz.bagalau.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.rendezVous;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.List;

/**
 * Every page of the main menu under the same load, one page at a time and side by side with the floor (the
 * static style sheet): {@code load.users} clients (50) log in as different demo users of the role the page is
 * for, wait for each other, then ask for the page as fast as it answers for {@code load.seconds}. The page's
 * p50/p95 and requests per second are then comparable with the static file's, measured in the same run on the
 * same machine.
 */
public class PagesSimulation extends Simulation {

    /** One phase: a page, who asks for it, and a text only a full, successful render contains. */
    private record Phase(String name, String path, FeederBuilder<Object> accounts, String mark) {
    }

    private static final String MENU = "portal-menu";

    private static List<Phase> phases() {
        return List.of(
                new Phase("static portal.css", "/resources/css/portal.css", null, "portal"),
                new Phase("public results", "/public/results.xhtml", null, "</html>"),
                new Phase("home (akim)", "/app/home.xhtml", Portal.regional("akim"), MENU),
                new Phase("home (body)", "/app/home.xhtml", Portal.regional("body1"), MENU),
                new Phase("bodies", "/app/bodies.xhtml", Portal.regional("apparatus"), MENU),
                new Phase("reporting (body)", "/app/reporting.xhtml", Portal.regional("body1"), MENU),
                new Phase("evaluations (apparatus)", "/app/evaluations.xhtml", Portal.regional("apparatus"), MENU),
                new Phase("evaluations (planning)", "/app/evaluations.xhtml", Portal.regional("planning"), MENU),
                new Phase("results", "/app/results.xhtml", Portal.regional("akim"), MENU),
                new Phase("cycle", "/app/cycle.xhtml", Portal.regional("apparatus"), MENU),
                new Phase("schedule", "/app/schedule.xhtml", Portal.regional("apparatus"), MENU),
                new Phase("calendar", "/app/calendar.xhtml", Portal.regional("apparatus"), MENU),
                new Phase("appeals", "/app/appeals.xhtml", Portal.regional("apparatus"), MENU),
                new Phase("general", "/app/general.xhtml", Portal.regional("planning"), MENU),
                new Phase("breaches", "/app/breaches.xhtml", Portal.regional("akim"), MENU),
                new Phase("outbox", "/app/outbox.xhtml", Portal.regional("apparatus"), MENU),
                new Phase("methodologies", "/app/methodologies.xhtml", Portal.regional("planning"), MENU),
                new Phase("audit", "/app/audit.xhtml", Portal.regional("apparatus"), MENU),
                new Phase("tokens", "/app/tokens.xhtml", Portal.regional("budget"), MENU),
                new Phase("board (ministry)", "/app/board.xhtml", Portal.national("ministry"), MENU),
                new Phase("national results (ministry)", "/app/national.xhtml", Portal.national("ministry"), MENU),
                new Phase("summary (ministry)", "/app/summary.xhtml", Portal.national("ministry"), MENU));
    }

    private static ScenarioBuilder scenarioOf(Phase phase) {
        ChainBuilder ask = exec(http(phase.name()).get(phase.path())
                .check(status().is(200), substring(phase.mark())));
        ChainBuilder start = phase.accounts() == null ? exec(session -> session)
                : exec(Portal.login());
        ScenarioBuilder scenario = scenario(phase.name());
        if (phase.accounts() != null) {
            scenario = scenario.feed(phase.accounts());
        }
        return scenario.exec(start).exec(rendezVous(Portal.USERS)).during(Portal.PHASE).on(ask);
    }

    {
        List<String> only = List.of(System.getProperty("load.pages", "").split(","));
        List<PopulationBuilder> populations = new ArrayList<>();
        for (Phase phase : phases()) {
            if (only.equals(List.of("")) || only.stream().anyMatch(phase.name()::startsWith) || populations.isEmpty()) {
                populations.add(scenarioOf(phase).injectOpen(atOnceUsers(Portal.USERS)));
            }
        }
        // One phase after another: each phase's population starts when the one before it has ended.
        PopulationBuilder chain = populations.get(populations.size() - 1);
        for (int i = populations.size() - 2; i >= 0; i--) {
            chain = populations.get(i).andThen(chain);
        }
        setUp(chain).protocols(Portal.protocol());
    }
}
