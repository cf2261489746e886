package kz.bagalau.evaluation.infrastructure;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import kz.bagalau.evaluation.application.DocumentRenderer;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Renders a conclusion to PDF: a Mustache template (the layout the ministry sets, ¶50; logic-less, values
 * HTML-escaped) filled with the conclusion's data, laid out by OpenHTMLtoPDF with the DejaVu Sans font that
 * ships in this module, so the Kazakh letters ә ғ қ ң ө ұ ү һ і come out in every PDF on every machine.
 */
@ApplicationScoped
public class ConclusionPdf implements DocumentRenderer {

    private static final String FONT_FAMILY = "DejaVu Sans";

    @Override
    public byte[] render(String template, Map<String, Object> model) {
        String html = fill(template, model);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new RuleViolation("template.render", String.valueOf(e.getMessage()));
        }
    }

    /** Checks a template by filling it with {@code sample} and laying it out; refuses it with the reason if either fails. */
    @Override
    public void validate(String template, Map<String, Object> sample) {
        if (template == null || template.isBlank()) {
            throw new RuleViolation("template.empty");
        }
        render(template, sample);
    }

    static String fill(String template, Map<String, Object> model) {
        try {
            Mustache mustache = new DefaultMustacheFactory().compile(new StringReader(template), "conclusion");
            StringWriter writer = new StringWriter();
            mustache.execute(writer, model).flush();
            return writer.toString();
        } catch (MustacheException | IOException e) {
            throw new RuleViolation("template.syntax", String.valueOf(e.getMessage()));
        }
    }

    private static InputStream font(String file) {
        InputStream in = ConclusionPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the build");
        }
        return in;
    }
}
