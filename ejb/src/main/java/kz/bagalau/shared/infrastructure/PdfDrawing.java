package kz.bagalau.shared.infrastructure;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;

/**
 * Lays out portal-made HTML as PDF, the one way every document of the portal becomes a PDF (conclusions, the
 * national summary). The engine resolves no URI and loads no external resource of any scheme; the fonts are the
 * portal's own, bundled in this module: DejaVu Sans for Kazakh, Russian and English, Noto Sans Symbols for symbols,
 * Noto Sans Arabic and Hebrew for right-to-left text, split and reordered by ICU; each is a fallback for glyphs the
 * others lack, so a pasted name never comes out as "#".
 */
public final class PdfDrawing {

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
    public static final String FAMILIES = "'DejaVu Sans', 'Noto Sans Symbols', 'Noto Sans Symbols 2',"
            + " 'Noto Sans Arabic', 'Noto Sans Hebrew'";

    private PdfDrawing() {
    }

    /**
     * The PDF of {@code html} (XHTML).
     * @throws RuntimeException from the engine when the HTML cannot be laid out; the caller says why in its terms
     */
    public static byte[] draw(String html) {
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
        }
    }

    private static InputStream font(String file) {
        InputStream in = PdfDrawing.class.getResourceAsStream("/fonts/" + file);
        if (in == null) {
            throw new IllegalStateException("Font " + file + " is missing from the build");
        }
        return in;
    }
}
