package kz.bagalau.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An upload larger than any the portal accepts is answered before it is read, with a page that says so in the
 * user's language (413), instead of the container failing on the multipart parse. Uploads below this bound
 * reach their service, which checks the size of each file against its own limit and says which file.
 */
@WebFilter(urlPatterns = {"*.xhtml", "/api/*"})
public class UploadSizeFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    @ConfigProperty(name = "bagalau.upload.max-request-bytes", defaultValue = "27262976")
    private long maxRequestBytes;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > maxRequestBytes) {
            request.setAttribute("kz.bagalau.maxUploadMb", maxRequestBytes / (1024 * 1024));
            response.sendError(413);
            return;
        }
        chain.doFilter(request, response);
    }
}
