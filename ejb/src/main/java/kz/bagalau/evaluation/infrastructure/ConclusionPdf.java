package kz.bagalau.evaluation.infrastructure;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.bagalau.evaluation.application.DocumentRenderer;
import kz.bagalau.evaluation.domain.ConclusionLayout;
import kz.bagalau.shared.domain.RuleViolation;

/**
 * Renders a conclusion to PDF: a Mustache template (the layout the ministry sets, ¶50; values HTML-escaped)
 * filled with the conclusion's data and laid out by OpenHTMLtoPDF.
 *
 * <p>The layout is held to {@link ConclusionLayout}'s closed language before anything runs, and the renderer
 * is a second wall: the template engine resolves no partial from anywhere, and the PDF engine resolves no URI
 * and loads no external resource of any scheme. Fonts are the portal's own, bundled in this module: DejaVu
 * Sans for Kazakh, Russian and English (and emoticons), Noto Sans Symbols for symbols, Noto Sans Arabic and
 * Hebrew for right-to-left text, which is split and reordered by ICU; each is a fallback for glyphs the others
 * lack, so a running header or a pasted name never comes out as "#". A failure is reported with the
 * template's own reason, never a server path.
 */
@ApplicationScoped
public class ConclusionPdf implements DocumentRenderer {

    private static final Logger LOG = Logger.getLogger(ConclusionPdf.class.getName());

    /** A bundled font face. */
    private record Face(String file, String family, int weight) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSans.ttf", "DejaVu Sans", 400), new Face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700),
            new Face("NotoSansSymbols-Regular.ttf", "Noto Sans Symbols", 400),
            new Face("NotoSansSymbols2-Regular.ttf", "Noto Sans Symbols 2", 400),
            new Face("NotoSansArabic-Regular.ttf", "Noto Sans Arabic", 400),
            new Face("NotoSansArabic-Bold.ttf", "Noto Sans Arabic", 700),
            new Face("NotoSansHebrew-Regular.ttf", "Noto Sans Hebrew", 400),
            new Face("NotoSansHebrew-Bold.ttf", "Noto Sans Hebrew", 700));

    /** The families in the order a missing glyph is looked for; also the page margins' font. */
    static final String FAMILIES = "'DejaVu Sans', 'Noto Sans Symbols', 'Noto Sans Symbols 2', 'Noto Sans Arabic',"
            + " 'Noto Sans Hebrew'";

    private static final String PORTAL_STYLE = "<style>@page { font-family: " + FAMILIES + "; }</style>";

    @Override
    public byte[] render(String template, Map<String, Object> model) {
        ConclusionLayout.check(template);
        return draw(withPortalFonts(fill(template, model)));
    }

    /** Checks a template by the layout rules, then fills it with {@code sample} and lays it out. */
    @Override
    public void validate(String template, Map<String, Object> sample) {
        render(template, sample);
    }

    private static byte[] draw(String html) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useUriResolver((base, uri) -> null);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection(BaseRendererBuilder.TextDirection.LTR);
            for (Face face : FACES) {
                builder.useFont(() -> font(face.file()), face.family(), face.weight(),
                        BaseRendererBuilder.FontStyle.NORMAL, true,
                        EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT,
                                BaseRendererBuilder.FSFontUseCase.FALLBACK_PRE));
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static InputStream font(String file) {
        InputStream in = ConclusionPdf.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the build");
        }
        return in;
    }
}
