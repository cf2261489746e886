package kz.bagalau.methodology.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The invariants of the ministry's guidance documents (¶11), each on its own. */
class GuidanceDocumentTest {

    private static final Instant NOW = Instant.parse("2027-02-01T05:00:00Z");
    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] DOCX = {'P', 'K', 3, 4, 20, 0, 6, 0};

    @Test
    @DisplayName("¶11: the ministry's guidance is a PDF or DOCX told by its content, in kk, ru or en")
    void should_accept_a_pdf_or_docx_in_one_of_the_three_languages() {
        GuidanceDocument pdf = GuidanceDocument.publish("kk", "Әдістемелік ұсынымдар", "нұсқау.pdf", PDF, "ministry", NOW);
        GuidanceDocument docx = GuidanceDocument.publish("en", "Guidance", "guidance.docx", DOCX, "ministry", NOW);

        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.size()).isEqualTo(PDF.length);
        assertThat(docx.contentType()).endsWith("wordprocessingml.document");
        assertThat(pdf.isInForce()).isTrue();
    }

    @Test
    @DisplayName("¶11: a file whose content is not what its name says, a fourth language or no title is refused")
    void should_refuse_a_wrong_file_language_or_title() {
        assertThatThrownBy(() -> GuidanceDocument.publish("kk", "Атауы", "нұсқау.pdf", DOCX, "ministry", NOW))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("guidance.file.type"));
        assertThatThrownBy(() -> GuidanceDocument.publish("de", "Titel", "a.pdf", PDF, "ministry", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("guidance.language.invalid"));
        assertThatThrownBy(() -> GuidanceDocument.publish("ru", " ", "a.pdf", PDF, "ministry", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("guidance.title.required"));
        assertThatThrownBy(() -> GuidanceDocument.publish("ru", "Название", "a.pdf", new byte[0], "ministry", NOW))
                .isInstanceOfSatisfying(RuleViolation.class,
                        e -> assertThat(e.messageKey()).isEqualTo("guidance.file.required"));
    }

    @Test
    @DisplayName("¶11: a withdrawn document is withdrawn once")
    void should_withdraw_once() {
        GuidanceDocument d = GuidanceDocument.publish("ru", "Руководство", "r.pdf", PDF, "ministry", NOW);

        d.withdraw("ministry", NOW);

        assertThat(d.isInForce()).isFalse();
        assertThatThrownBy(() -> d.withdraw("ministry", NOW)).isInstanceOf(RuleViolation.class);
    }
}
