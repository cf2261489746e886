package kz.bagalau.national.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.bagalau.national.application.NationalSummary;
import kz.bagalau.national.application.SummaryDocuments;
import kz.bagalau.national.domain.StepStatus;
import kz.bagalau.shared.domain.Means;
import kz.bagalau.shared.infrastructure.PdfDrawing;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.time.NationalTime;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The 15 August summary (¶53) in the reader's language, laid out once as a list of blocks (headings, paragraphs,
 * tables) and written from that one list as PDF (portal-made XHTML through {@link PdfDrawing}, every value
 * escaped) and as DOCX (POI's XWPF), so the two files always say the same.
 */
@ApplicationScoped
public class SummaryDocumentWriter implements SummaryDocuments {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /** A block of the document. */
    private sealed interface Block permits Heading, Text, Table {
    }

    private record Heading(String text) implements Block {
    }

    private record Text(String text) implements Block {
    }

    private record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    @Override
    public byte[] pdf(NationalSummary summary, SummaryDocuments.Sections texts, Locale locale) {
        StringBuilder html = new StringBuilder("<html><head><style>body { font-family: ").append(PdfDrawing.FAMILIES)
                .append("; font-size: 10pt; line-height: 1.3; } h1 { font-size: 15pt; } h2 { font-size: 12pt;")
                .append(" margin-top: 14pt; } p { margin: 3pt 0; }")
                .append(" table { border-collapse: collapse; width: 100%; } th, td { border: 0.5pt solid #888;")
                .append(" padding: 2pt 4pt; text-align: left; } @page { size: A4; margin: 18mm; }</style></head><body>");
        html.append("<h1>").append(escape(title(summary, locale))).append("</h1>");
        for (Block b : blocks(summary, texts, locale)) {
            if (b instanceof Heading h) {
                html.append("<h2>").append(escape(h.text())).append("</h2>");
            } else if (b instanceof Text t) {
                for (String para : t.text().split("\\R")) {
                    html.append("<p>").append(escape(para)).append("</p>");
                }
            } else if (b instanceof Table t) {
                html.append("<table><tr>");
                t.header().forEach(c -> html.append("<th>").append(escape(c)).append("</th>"));
                html.append("</tr>");
                for (List<String> row : t.rows()) {
                    html.append("<tr>");
                    row.forEach(c -> html.append("<td>").append(escape(c)).append("</td>"));
                    html.append("</tr>");
                }
                html.append("</table>");
            }
        }
        return PdfDrawing.draw(html.append("</body></html>").toString());
    }

    @Override
    public byte[] docx(NationalSummary summary, SummaryDocuments.Sections texts, Locale locale) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(doc.createParagraph(), title(summary, locale), true, 15);
            for (Block b : blocks(summary, texts, locale)) {
                if (b instanceof Heading h) {
                    run(doc.createParagraph(), h.text(), true, 12);
                } else if (b instanceof Text t) {
                    for (String para : t.text().split("\\R")) {
                        run(doc.createParagraph(), para, false, 10);
                    }
                } else if (b instanceof Table t) {
                    XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
                    for (int c = 0; c < t.header().size(); c++) {
                        table.getRow(0).getCell(c).setText(t.header().get(c));
                    }
                    for (int r = 0; r < t.rows().size(); r++) {
                        for (int c = 0; c < t.header().size(); c++) {
                            table.getRow(r + 1).getCell(c).setText(t.rows().get(r).get(c));
                        }
                    }
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(NationalSummary s, Locale locale) {
        return Texts.get(locale, "summaryDoc.title", String.valueOf(s.year()));
    }

    private static List<Block> blocks(NationalSummary s, SummaryDocuments.Sections texts, Locale locale) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Text(Texts.get(locale, "summaryDoc.asOf", DATE_TIME.format(s.asOf().atZone(NationalTime.ZONE)))));
        blocks.add(new Heading(Texts.get(locale, "summaryDoc.picture")));
        if (!texts.intro().isEmpty()) {
            blocks.add(new Text(texts.intro()));
        }
        blocks.add(new Text(national(s, locale)));
        blocks.add(new Heading(Texts.get(locale, "summaryDoc.regions")));
        List<List<String>> rows = new ArrayList<>();
        for (NationalSummary.Row r : s.rows()) {
            rows.add(List.of(r.region().name(locale), text(r.meanTotal()), String.valueOf(r.ratingHigh()),
                    String.valueOf(r.ratingMedium()), String.valueOf(r.ratingLow()),
                    String.valueOf(r.ratingIneffective()), report(r, locale)));
        }
        blocks.add(new Table(List.of(Texts.get(locale, "board.region"), Texts.get(locale, "board.mean"),
                Texts.get(locale, "rating.HIGH"), Texts.get(locale, "rating.MEDIUM"), Texts.get(locale, "rating.LOW"),
                Texts.get(locale, "rating.INEFFECTIVE"), Texts.get(locale, "summaryDoc.report")), rows));
        blocks.add(new Heading(Texts.get(locale, "summaryDoc.reports")));
        List<String> late = s.rows().stream().filter(r -> r.reportStatus() == StepStatus.LATE)
                .map(r -> r.region().name(locale)).toList();
        List<String> none = s.rows().stream().filter(r -> r.reportDoneAt() == null)
                .map(r -> r.region().name(locale)).toList();
        blocks.add(new Text(Texts.get(locale, "summaryDoc.late") + " " + (late.isEmpty() ? "—" : String.join(", ", late))));
        blocks.add(new Text(Texts.get(locale, "summaryDoc.none") + " " + (none.isEmpty() ? "—" : String.join(", ", none))));
        blocks.add(new Heading(Texts.get(locale, "summaryDoc.directions")));
        List<List<String>> directions = new ArrayList<>();
        for (int n = 1; n <= 7; n++) {
            directions.add(List.of(n + ". " + Texts.get(locale, "direction." + n), text(directionMean(s, n - 1))));
        }
        blocks.add(new Table(List.of(Texts.get(locale, "direction"), Texts.get(locale, "board.mean")), directions));
        blocks.add(new Heading(Texts.get(locale, "summaryDoc.recommendations")));
        blocks.add(new Text(texts.recommendations().isEmpty() ? "—" : texts.recommendations()));
        blocks.add(new Heading(Texts.get(locale, "summaryDoc.planning")));
        blocks.add(new Text(texts.planningResults().isEmpty() ? "—" : texts.planningResults()));
        return blocks;
    }

    /** The national line: bodies scored, their mean total, and the bands, over all regions. */
    private static String national(NationalSummary s, Locale locale) {
        int scored = s.rows().stream().mapToInt(NationalSummary.Row::bodiesScored).sum();
        BigDecimal weighted = s.rows().stream().filter(r -> r.meanTotal() != null)
                .map(r -> r.meanTotal().multiply(BigDecimal.valueOf(r.bodiesScored())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        String mean = scored == 0 ? "—" : weighted.divide(BigDecimal.valueOf(scored), 2, RoundingMode.HALF_UP).toString();
        return Texts.get(locale, "summaryDoc.national", String.valueOf(scored), mean,
                String.valueOf(s.rows().stream().mapToInt(NationalSummary.Row::ratingHigh).sum()),
                String.valueOf(s.rows().stream().mapToInt(NationalSummary.Row::ratingMedium).sum()),
                String.valueOf(s.rows().stream().mapToInt(NationalSummary.Row::ratingLow).sum()),
                String.valueOf(s.rows().stream().mapToInt(NationalSummary.Row::ratingIneffective).sum()));
    }

    /** The mean of the regions' means of a direction, each region counting once (as in the heatmap). */
    private static BigDecimal directionMean(NationalSummary s, int index) {
        return Means.of(s.rows().stream().map(r -> r.directionMeans().get(index)).toList());
    }

    private static String report(NationalSummary.Row r, Locale locale) {
        if (r.reportDoneAt() == null) {
            return Texts.get(locale, "summaryDoc.notArrived");
        }
        String when = DATE_TIME.format(r.reportDoneAt().atZone(NationalTime.ZONE));
        return r.reportStatus() == StepStatus.LATE ? when + " (" + Texts.get(locale, "stepStatus.LATE") + ")" : when;
    }

    private static String text(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
