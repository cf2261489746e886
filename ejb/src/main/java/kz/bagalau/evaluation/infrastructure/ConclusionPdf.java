package kz.bagalau.evaluation.infrastructure;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.bagalau.evaluation.application.DocumentRenderer;
import kz.bagalau.evaluation.domain.ConclusionLayout;
import kz.bagalau.evaluation.domain.LayoutKind;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.PdfDrawing;

/**
 * Renders a conclusion to PDF: a Mustache template (the layout the ministry sets, ¶50; values HTML-escaped)
 * filled with the conclusion's data and laid out by OpenHTMLtoPDF.
 *
 * <p>The layout is held to {@link ConclusionLayout}'s closed language before anything runs, and the renderer
 * is a second wall: the template engine resolves no partial from anywhere, and the PDF engine
 * ({@link PdfDrawing}) resolves no URI, loads no external resource and draws with the portal's own fonts. A failure
 * is reported with the template's own reason, never a server path.
 */
@ApplicationScoped
public class ConclusionPdf implements DocumentRenderer {

    private static final Logger LOG = Logger.getLogger(ConclusionPdf.class.getName());

    private static final String PORTAL_STYLE = "<style>@page { font-family: " + PdfDrawing.FAMILIES + "; }</style>";

    /** Checks a template by the layout rules of its kind, then fills it with {@code model} and lays it out. */
    @Override
    public byte[] render(LayoutKind kind, String template, Map<String, Object> model) {
        ConclusionLayout.check(kind, template);
        return draw(withPortalFonts(fill(template, model)));
    }

    private static byte[] draw(String html) {
        try {
            return PdfDrawing.draw(html);
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A conclusion layout could not be laid out", e);
            throw new RuleViolation("template.render");
        }
    }

    static String fill(String template, Map<String, Object> model) {
        try {
            Mustache mustache = new DefaultMustacheFactory(name -> null).compile(new StringReader(template), "layout");
            StringWriter writer = new StringWriter();
            mustache.execute(writer, model).flush();
            return writer.toString();
        } catch (MustacheException | IOException e) {
            String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new RuleViolation("template.syntax", reason.replaceAll("[/\\\\][^\\s:]*", "…"));
        }
    }

    /** The margins of the page (running headers and footers) get the portal's fonts, whatever the layout says. */
    static String withPortalFonts(String html) {
        int head = html.indexOf("<head>");
        return head < 0 ? PORTAL_STYLE + html : html.substring(0, head + 6) + PORTAL_STYLE + html.substring(head + 6);
    }
}
