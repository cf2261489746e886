package kz.bagalau.deadlines.web;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import kz.bagalau.deadlines.application.CalendarFeedService;

/**
 * {@code GET /calendar/<token>.ics}: a user's own deadlines for a calendar application, which cannot log in; the
 * token is the credential. A token nobody holds, a revoked one or a malformed path answers 404, like a page that
 * does not exist.
 */
@WebServlet("/calendar/*")
public class CalendarFeedServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CalendarFeedService feeds;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Optional<String> ics = path != null && path.startsWith("/") && path.endsWith(".ics")
                ? feeds.feed(path.substring(1, path.length() - 4)) : Optional.empty();
        if (ics.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "private, max-age=300");
        response.getOutputStream().write(ics.get().getBytes(StandardCharsets.UTF_8));
    }
}
