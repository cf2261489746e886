package kz.bagalau.platform.infrastructure;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * The demo's documents and texts: a small real PDF for every document a methodology requires, and the
 * findings and recommendations an evaluator would write for a high, a middling and a poor score.
 */
final class DemoDocuments {

    private DemoDocuments() {
    }

    /** A minimal but valid one-page PDF (header, catalog, page, xref, trailer). */
    static byte[] evidencePdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            null,
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        String stream = "BT /F1 14 Tf 72 770 Td (Supporting document - demo) Tj ET";
        objects[3] = "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream";
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Follow-up results, findings and recommendations (one per line) for a score. */
    static String[] conclusionTexts(BigDecimal score, int direction) {
        double s = score.doubleValue();
        String followup = "Алдыңғы бағалаудың ұсынымдары бойынша іс-шаралар жоспары бекітілді; "
                + "тапсырмалардың көпшілігі орындалды, қалғандары бақылауда.";
        if (s >= 85) {
            return new String[] {followup,
                "Бағыт бойынша көрсеткіштер жоспарға сәйкес орындалды. Деректер растаушы құжаттармен дәлелденген.",
                "Қол жеткізілген деңгейді сақтау және үздік тәжірибені басқа органдармен бөлісу."};
        }
        if (s >= 70) {
            return new String[] {followup,
                "Көрсеткіштердің басым бөлігі орындалды, жекелеген көрсеткіштер бойынша кешігу бар.",
                "Орындалмаған көрсеткіштер бойынша себептерін талдап, түзету шараларын қабылдау.\n"
                    + "Есептік деректердің толықтығын қамтамасыз ету (¶62-¶63)."};
        }
        return new String[] {followup,
            "Бағыт бойынша көрсеткіштердің едәуір бөлігі орындалмады (" + direction + "-бағыт); "
                + "бұзушылықтар мен кемшіліктер анықталды.",
            "Кемшіліктерді жою жөніндегі іс-шаралар жоспарын әзірлеу және бекіту.\n"
                + "Жауапты лауазымды тұлғалардың жауапкершілігін қарау (¶66).\n"
                + "Тоқсан сайын орындалу барысы туралы ақпарат беру."};
    }

    /** An independent expert's written opinion on the general evaluation (¶48). */
    static String expertOpinion() {
        return "Бағалау әдістемеге сәйкес жүргізілді. Мемлекеттік қызметтер көрсету бағыты бойынша "
                + "әлеуметтанушылық зерттеу деректерін кеңірек пайдалану ұсынылады.";
    }

    /** The Regional Expert Commission's expert conclusion (¶51). */
    static String commissionConclusion() {
        return "Өңірлік сараптау комиссиясы жалпы бағалау нәтижелерін қарап, оларды негізді деп таныды. "
                + "Тиімділігі төмен органдарға қатысты түзету шаралары ұсынылады.";
    }

    /** The working body's instruction to a body's head with the results (¶52). */
    static String commissionInstruction(BigDecimal total) {
        return total != null && total.doubleValue() >= 70
                ? "Қол жеткізілген нәтижелерді сақтау; үздік тәжірибені жинақтау және тарату (¶52)."
                : "Тиімділікті арттыру жөніндегі іс-шаралар жоспарын бір ай ішінде бекіту және тоқсан сайын есеп беру (¶52).";
    }

    /** The akim's report to the central authority (¶53). */
    static String akimReport() {
        return "Облыстың жергілікті атқарушы органдары қызметінің тиімділігін бағалау қорытындылары бекітілді "
                + "және орталық уәкілетті органға жіберілді.";
    }

    /** A body's objection to a conclusion (¶55). */
    static String appealText() {
        return "Қорытындымен келіспейміз: көрсеткіштердің бір бөлігі растаушы құжаттарға қарамастан қабылданбады. "
                + "Қосымша құжаттар қоса беріледі.";
    }
}
