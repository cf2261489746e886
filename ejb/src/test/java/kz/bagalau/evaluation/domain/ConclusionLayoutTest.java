package kz.bagalau.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ¶50: the ministry's layouts in the closed language every region's PDF is drawn from on the server: nothing
 * that reads a file, fetches a URL or prints a value unescaped gets through, and the refusal never shows a path.
 */
class ConclusionLayoutTest {

    @ParameterizedTest(name = "{0} is refused as {1}")
    @CsvSource(delimiter = '|', value = {
        "<p>{{> META-INF/microprofile-config.properties}}</p>|template.partial",
        "<p>{{>README.md}}</p>|template.partial",
        "<p>{{< base}}{{/base}}</p>|template.partial",
        "<p>{{{findings}}}</p>|template.unescaped",
        "<p>{{&findings}}</p>|template.unescaped",
        "<p>{{=<% %>=}}</p>|template.delimiters",
        "<p>{{System.getenv}}</p>|template.variable.unknown",
        "<p>{{#criteria}}{{password}}{{/criteria}}</p>|template.variable.unknown",
        "<p>{{#criteria}}</p>|template.section.unbalanced",
        "<link href=\"http://127.0.0.1:8080/api/v1/audit/verify\" rel=\"stylesheet\"/>|template.external",
        "<img src=\"file:///etc/passwd\"/>|template.external",
        "<img src=\"data:image/png;base64,AAAA\"/>|template.external",
        "<p style=\"background: url(https://example.org/x.png)\">x</p>|template.external",
        "<style>@import 'file:///etc/passwd';</style>|template.external",
        "<object data=\"jar:file:/app.war!/\"></object>|template.external",
        "<iframe src=\"ftp://example.org/\"></iframe>|template.external"})
    void should_refuse_a_layout_that_reaches_outside_the_document(String body, String key) {
        String layout = "<html><head></head><body>" + body + "</body></html>";

        assertThatThrownBy(() -> ConclusionLayout.check(layout)).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments()).allSatisfy(a -> assertThat(a).doesNotContain("/work/", "/root/", "/tmp/"));
        });
    }

    @ParameterizedTest(name = "the shipped {0} layout is in the closed language")
    @ValueSource(strings = {"kk", "ru", "en"})
    void should_accept_the_shipped_layouts(String language) throws IOException {
        try (InputStream in = ConclusionLayoutTest.class.getResourceAsStream("/conclusion/template_" + language + ".html")) {
            String layout = new String(in.readAllBytes(), StandardCharsets.UTF_8);

            assertThatCode(() -> ConclusionLayout.check(layout)).doesNotThrowAnyException();
        }
    }
}
