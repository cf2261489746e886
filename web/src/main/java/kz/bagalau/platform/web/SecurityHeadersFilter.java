package kz.bagalau.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Headers every answer of the portal carries, set before anything is written: no page may be framed by another
 * site (clickjacking on a form that sends a conclusion or an appeal), no content is sniffed into another type
 * than the one declared, and no address with an id leaves the portal in a Referer.
 *
 * <p>The Content-Security-Policy comes in two headers, and a browser enforces both. This one confines every
 * kind of content to the portal itself (images also as {@code data:}, the PDF and chart previews); styles may be
 * inline, because PrimeFaces positions its widgets with style attributes. Scripts it allows from the portal and
 * inline, and PrimeFaces' CSP mode ({@code primefaces.CSP} in web.xml) sends the second header on every page,
 * {@code script-src 'self' 'nonce-…'}: so an inline script runs only with that response's nonce, and a script
 * an attacker slipped into a page's data does not run. Behind TLS ({@code bagalau.https=true}) the browser is
 * also told to use nothing but HTTPS for a year.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The policy this filter sends; PrimeFaces narrows its script-src with a nonce on every page. */
    public static final String POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Inject
    @ConfigProperty(name = "bagalau.https", defaultValue = "false")
    private boolean https;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        if (https) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, response);
    }
}
