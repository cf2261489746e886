package kz.bagalau.tenancy.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.domain.TenantRepository;

/**
 * {@code GET /brand/<region>/logo}: the region's logo, as its header, its mails and the public page show it. Public,
 * like the region's name; 404 when the region has none. Browsers may keep it five minutes.
 */
@WebServlet("/brand/*")
public class BrandLogoServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("^/([a-z][a-z0-9-]{1,39})/logo$");

    @Inject
    private TenantDirectory tenants;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher m = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        Optional<TenantRepository.Logo> logo = m.matches() ? tenants.logo(m.group(1)) : Optional.empty();
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] bytes = logo.get().bytes();
        response.setContentType(logo.get().contentType());
        response.setContentLength(bytes.length);
        response.setHeader("Cache-Control", "public, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getOutputStream().write(bytes);
    }
}
