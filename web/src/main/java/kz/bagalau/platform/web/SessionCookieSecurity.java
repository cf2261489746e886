package kz.bagalau.platform.web;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Marks the session cookie {@code Secure} when the portal runs behind TLS ({@code bagalau.https=true}, set by
 * the production env file): a session id then never crosses the network in clear text, not even when someone
 * types an http:// address. web.xml cannot say this, because the local demo runs on plain http://localhost and a
 * Secure cookie would never come back there; the setting is read once, while the application starts, which is
 * the only moment the servlet container lets the cookie's attributes change.
 */
@WebListener
public class SessionCookieSecurity implements ServletContextListener {

    private static final Logger LOG = Logger.getLogger(SessionCookieSecurity.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean https = ConfigProvider.getConfig().getOptionalValue("bagalau.https", Boolean.class).orElse(false);
        event.getServletContext().getSessionCookieConfig().setSecure(https);
        LOG.info(() -> "Session cookie: HttpOnly, SameSite=Lax" + (https ? ", Secure (bagalau.https)" : ""));
    }
}
