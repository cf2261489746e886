package kz.bagalau.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What every scenario shares: the portal's address, the demo's regions and accounts, and a login through the
 * real login form (its view state read from the page, as a browser does), so the load runs with the same session,
 * authentication and need-to-know checks as people do. Settings come from system properties, which
 * {@code ./ops/portal load} passes on: {@code load.url}, {@code load.users}, {@code load.seconds}.
 */
final class Portal {

    static final String URL = System.getProperty("load.url", "http://127.0.0.1:8080");
    static final int USERS = Integer.getInteger("load.users", 50);
    static final Duration PHASE = Duration.ofSeconds(Integer.getInteger("load.seconds", 15));
    static final String PASSWORD = System.getProperty("load.password", "demo");

    /** The 20 demo regions, as in tenants/regions.csv. */
    static final List<String> REGIONS = List.of("abai", "akmola", "aktobe", "almaty-region", "atyrau",
            "east-kazakhstan", "jambyl", "jetisu", "west-kazakhstan", "karaganda", "kostanay", "kyzylorda",
            "mangystau", "pavlodar", "north-kazakhstan", "turkistan", "ulytau", "astana", "almaty", "shymkent");

    /** Regions the demo leaves in reporting: their bodies 1, 5, 9, ... still have drafts (DemoStage). */
    static final List<String> REPORTING_REGIONS = List.of("jetisu", "kostanay", "pavlodar", "north-kazakhstan");

    /** Regions the demo leaves in the evaluators' verification. */
    static final List<String> EVALUATION_REGIONS = List.of("akmola", "aktobe", "jambyl", "turkistan");

    private Portal() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(URL)
                .acceptHeader("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("kk,ru;q=0.8,en;q=0.5")
                .userAgentHeader("bagalau-load (Gatling)")
                .disableCaching()
                .shareConnections();
    }

    /** One account per region, {@code <region>.<suffix>}, taken in turn. */
    static FeederBuilder<Object> regional(String suffix) {
        return accounts(REGIONS.size(), i -> REGIONS.get(i) + "." + suffix);
    }

    /** The same national account for every virtual user. */
    static FeederBuilder<Object> national(String username) {
        return accounts(1, i -> username);
    }

    /** Body users with a draft left, in the regions still reporting. */
    static FeederBuilder<Object> draftingBodies() {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= 17; k += 4) {
            for (String region : REPORTING_REGIONS) {
                names.add(region + ".body" + k);
            }
        }
        return accounts(names.size(), names::get);
    }

    /** Evaluators of the regions in verification (planning and budget bodies, the apparatus). */
    static FeederBuilder<Object> verifyingEvaluators() {
        List<String> names = new ArrayList<>();
        for (String role : List.of("planning", "budget", "apparatus")) {
            for (String region : EVALUATION_REGIONS) {
                names.add(region + "." + role);
            }
        }
        return accounts(names.size(), names::get);
    }

    private static FeederBuilder<Object> accounts(int count, IntFunction<String> username) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(Map.of("username", username.apply(i)));
        }
        return io.gatling.javaapi.core.CoreDsl.listFeeder(rows).circular();
    }

    /** Logs the fed {@code username} in through the login form; the portal answers with its home page. */
    static ChainBuilder login() {
        return exec(http("login form").get("/login.xhtml")
                .check(css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState")))
                .exec(http("login").post("/login.xhtml")
                        .formParam("loginForm", "loginForm")
                        .formParam("loginForm:username", "#{username}")
                        .formParam("loginForm:password", PASSWORD)
                        .formParam("loginForm:submit", "")
                        .formParam("jakarta.faces.ViewState", "#{viewState}")
                        .check(status().is(200), substring("portal-menu")));
    }
}
