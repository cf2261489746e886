package kz.bagalau.deadlines.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import kz.bagalau.deadlines.domain.RenderedMail;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MustacheMailTemplatesTest {

    private final MustacheMailTemplates templates = new MustacheMailTemplates();

    private static Map<String, Object> model(boolean late) {
        return Map.ofEntries(Map.entry("tenantName", "Қарағанды облысы"), Map.entry("stepName", "Step <1>"),
                Map.entry("paragraph", "¶45-2"), Map.entry("deadline", "1 June 2027"), Map.entry("zone", "Asia/Almaty"),
                Map.entry("daysLeft", 7L), Map.entry("year", 2026), Map.entry("late", late),
                Map.entry("link", "http://127.0.0.1:8080/app/evaluations.xhtml?year=2026"),
                Map.entry("recipientName", "Айгүл"), Map.entry("party", "Body & Co"),
                Map.entry("missing", "3 of 7"), Map.entry("count", 2),
                Map.entry("parties", List.of(Map.of("name", "Body & Co", "missing", "3 of 7"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void should_render_every_template_in_every_language_without_leftover_tags(String locale) {
        for (String name : List.of("reminder", "escalation")) {
            RenderedMail mail = templates.render(name, locale, model(false));

            assertThat(mail.subject()).contains("Қарағанды облысы").doesNotContain("{{").doesNotContain("\n");
            assertThat(mail.text()).contains("Айгүл").contains("Body & Co").doesNotContain("{{");
            assertThat(mail.html()).contains("Body &amp; Co").contains("Step &lt;1&gt;").doesNotContain("{{");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void should_say_in_the_subject_that_a_reminder_was_sent_late(String locale) {
        assertThat(templates.render("reminder", locale, model(true)).subject()).startsWith("[");
        assertThat(templates.render("reminder", locale, model(false)).subject()).doesNotStartWith("[");
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    @DisplayName("¶53: the 15 August status lists the regions whose report has not arrived, or says all arrived")
    void should_list_the_regions_without_a_report_in_the_status_mail(String locale) {
        Map<String, Object> missing = Map.of("recipientName", "Мұрат", "year", 2026, "reportDeadline", "25.07.2027",
                "count", 2, "total", 20, "anyMissing", true, "late", false, "link", "http://x/app/board.xhtml",
                "regions", List.of(Map.of("name", "Абай облысы"), Map.of("name", "Ұлытау & Co")));
        Map<String, Object> none = Map.of("recipientName", "Мұрат", "year", 2026, "reportDeadline", "25.07.2027",
                "count", 0, "total", 20, "anyMissing", false, "late", true, "link", "http://x/app/board.xhtml",
                "regions", List.of());

        RenderedMail some = templates.render("ministry_status", locale, missing);
        RenderedMail all = templates.render("ministry_status", locale, none);

        assertThat(some.subject()).contains("2").contains("20").contains("25.07.2027").doesNotStartWith("[");
        assertThat(some.text()).contains("- Абай облысы").contains("- Ұлытау & Co").doesNotContain("{{");
        assertThat(some.html()).contains("<li>Ұлытау &amp; Co</li>").doesNotContain("{{");
        assertThat(all.subject()).startsWith("[");
        assertThat(all.text()).doesNotContain("- ").doesNotContain("{{");
    }
}
