package kz.bagalau.evaluation.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.EvidenceService;
import kz.bagalau.evaluation.application.FileContent;
import kz.bagalau.methodology.application.GuidanceService;
import kz.bagalau.tenancy.web.ErrorStatus;

/**
 * Downloads for logged-in pages: {@code /app/download/file/{id}} serves a document the caller may see,
 * {@code /app/download/conclusion/{id}.pdf?lang=..} a conclusion's PDF, {@code /app/download/guidance/{id}} a
 * guidance document of the ministry (¶11). Anything the caller may not see is 404.
 */
@WebServlet("/app/download/*")
public class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private EvidenceService evidence;

    @EJB
    private ConclusionService conclusions;

    @EJB
    private GuidanceService guidance;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        try {
            if (path.startsWith("/file/")) {
                FileContent f = evidence.download(Long.parseLong(path.substring(6)));
                send(response, f.contentType(), f.fileName(), f.content());
            } else if (path.startsWith("/guidance/")) {
                GuidanceService.GuidanceFile g = guidance.download(Long.parseLong(path.substring(10)));
                send(response, g.contentType(), g.fileName(), g.content());
            } else if (path.startsWith("/conclusion/") && path.endsWith(".pdf")) {
                long id = Long.parseLong(path.substring(12, path.length() - 4));
                String lang = request.getParameter("lang");
                byte[] pdf = conclusions.pdf(id, Locale.forLanguageTag(lang == null ? "kk" : lang));
                send(response, "application/pdf", "conclusion-" + id + ".pdf", pdf);
            } else {
                response.sendError(404);
            }
        } catch (NumberFormatException e) {
            response.sendError(404);
        } catch (RuntimeException e) {
            Integer status = ErrorStatus.of(e).orElse(null);
            if (status == null) {
                throw e;
            }
            response.sendError(status);
        }
    }

    private static void send(HttpServletResponse response, String type, String name, byte[] content)
            throws IOException {
        response.setContentType(type);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}
