package kz.bagalau.cycle.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bagalau.cycle.application.YearDocumentService;
import kz.bagalau.tenancy.web.ErrorStatus;

/**
 * ¶50: a region's year-level documents as PDF for logged-in users with the need:
 * {@code /app/documents/general/{year}.pdf?lang=..} the general-evaluation conclusion and
 * {@code /app/documents/commission/{year}.pdf?lang=..} the commission's expert conclusion. Anything the caller
 * may not see, or that does not exist yet, is 404.
 */
@WebServlet("/app/documents/*")
public class YearDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(general|commission)/(\\d{4})\\.pdf");

    @EJB
    private YearDocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!m.matches()) {
            response.sendError(404);
            return;
        }
        int year = Integer.parseInt(m.group(2));
        String lang = request.getParameter("lang");
        Locale locale = Locale.forLanguageTag(lang == null ? "kk" : lang);
        try {
            byte[] pdf = m.group(1).equals("general") ? documents.generalEvaluation(year, locale)
                    : documents.commissionConclusion(year, locale);
            response.setContentType("application/pdf");
            response.setContentLength(pdf.length);
            response.setHeader("Content-Disposition", "attachment; filename=\"" + m.group(1) + "-" + year + "-"
                    + locale.getLanguage() + ".pdf\"");
            response.getOutputStream().write(pdf);
        } catch (RuntimeException e) {
            Integer status = ErrorStatus.of(e).orElse(null);
            if (status == null) {
                throw e;
            }
            response.sendError(status);
        }
    }
}
