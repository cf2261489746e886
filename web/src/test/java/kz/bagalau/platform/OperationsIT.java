package kz.bagalau.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bagalau.testsupport.PortalClient;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform administrator's operations page and the Prometheus export of the business gauges (issue 11):
 * counts that move with what users do, per region; closed to everyone else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OperationsIT {

    private static final Pattern LOGINS = Pattern.compile("bagalau_logins_total\\{region=\"jambyl\"} (\\d+)");
    private static final Pattern FAILED = Pattern.compile("bagalau_logins_failed_total\\{region=\"jambyl\"} (\\d+)");

    @ArquillianResource
    URL url;

    @Test
    @DisplayName("issue 11: the gauges count logins and failed logins per region as they happen, in Prometheus' format")
    void should_export_business_gauges_that_move_with_what_users_do() {
        PortalClient admin = new PortalClient(url);
        String before = metrics(admin);

        assertThat(new PortalClient(url).logIn("jambyl.akim", "demo")).isTrue();
        assertThat(new PortalClient(url).logIn("jambyl.akim", "not the password")).isFalse();
        String after = metrics(admin);

        assertThat(after).contains("# TYPE bagalau_logins_total counter", "# TYPE bagalau_outbox_pending gauge",
                "# HELP bagalau_late_steps_total");
        assertThat(value(after, LOGINS)).isEqualTo(value(before, LOGINS) + 1);
        assertThat(value(after, FAILED)).isEqualTo(value(before, FAILED) + 1);
    }

    @Test
    @DisplayName("issue 11: the operations page shows the build, the migrations and each node's scheduler to the platform administrator only")
    void should_show_the_operations_page_to_the_platform_administrator_only() {
        PortalClient admin = new PortalClient(url);
        assertThat(admin.logIn("admin", "demo")).isTrue();
        HttpResponse<String> page = admin.get("/app/ops.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("1.0.0-SNAPSHOT").contains("V25 operations").contains("PostgreSQL")
                .contains("id=\"pendingMigrations\">0<");
        assertThat(page.body()).as("this node's scheduler checked in").containsPattern("<td[^>]*><span translate=\"no\">[^<]+</span></td>");
        PortalClient regionAdmin = new PortalClient(url);
        regionAdmin.logIn("jambyl.admin", "demo");
        assertThat(regionAdmin.get("/app/ops.xhtml").statusCode()).isEqualTo(404);
        assertThat(regionAdmin.bytes("/api/v1/ops/metrics", "jambyl.admin").statusCode()).isEqualTo(403);
        assertThat(new PortalClient(url).get("/api/v1/ops/metrics").statusCode()).isEqualTo(401);
    }

    private static String metrics(PortalClient client) {
        HttpResponse<byte[]> answer = client.bytes("/api/v1/ops/metrics", "admin");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        return new String(answer.body(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static long value(String metrics, Pattern series) {
        Matcher m = series.matcher(metrics);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
