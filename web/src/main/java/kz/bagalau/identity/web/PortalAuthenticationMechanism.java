package kz.bagalau.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.stream.Collectors;
import kz.bagalau.identity.application.ApiTokenService;
import kz.bagalau.identity.application.CallerProfile;
import kz.bagalau.identity.application.ProfileService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.infrastructure.ApiCredential;

/**
 * One mechanism, two channels. Under {@code /api/} every request carries HTTP Basic credentials or a personal
 * token ({@code Authorization: Bearer}, acting as its user while the account may log in) and gets a bare 401 when
 * they are wrong or missing (no session, no detail). Pages use the JSF login form, which
 * authenticates through {@code SecurityContext.authenticate}; the session then remembers only the username,
 * and the account is re-read on every request, so a disabled or locked-out user loses access at once.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String SESSION_USER = "kz.bagalau.user";
    static final String SESSION_RETURN_TO = "kz.bagalau.returnTo";
    static final String REQUEST_PROFILE = "kz.bagalau.profile";
    static final String LOGIN_PAGE = "/login.xhtml";
    /** Where a user whose password was reset is sent until they have chosen their own. */
    static final String PASSWORD_PAGE = "/app/password.xhtml";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private ProfileService profiles;

    @Inject
    private ApiTokenService tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        if (isApi(request)) {
            return api(request, response, context);
        }
        return page(request, response, context);
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                           Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_USER, result.getCallerPrincipal().getName());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus api(HttpServletRequest request, HttpServletResponse response,
                                     HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<CallerProfile> profile = tokens.userOf(header.substring(7).strip()).flatMap(profiles::profileOf)
                    .filter(p -> !p.mustChangePassword());
            if (profile.isEmpty()) {
                return unauthorized(response, context);
            }
            request.setAttribute(REQUEST_PROFILE, profile.get());
            return context.notifyContainerAboutLogin(new CallerPrincipal(profile.get().username()),
                    profile.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
        }
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<ApiCredential> credential = decodeBasic(header.substring(6).strip());
            if (credential.isPresent()) {
                CredentialValidationResult result = identityStores.validate(credential.get());
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(response, context);
        }
        return context.isProtected() ? unauthorized(response, context) : context.doNothing();
    }

    private AuthenticationStatus page(HttpServletRequest request, HttpServletResponse response,
                                      HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        String username = session == null ? null : (String) session.getAttribute(SESSION_USER);
        if (username != null) {
            Optional<CallerProfile> profile = profiles.profileOf(username);
            if (profile.isPresent()) {
                if (profile.get().mustChangePassword() && context.isProtected()
                        && !request.getRequestURI().endsWith(PASSWORD_PAGE)) {
                    return redirect(request, response, PASSWORD_PAGE);
                }
                request.setAttribute(REQUEST_PROFILE, profile.get());
                return context.notifyContainerAboutLogin(new CallerPrincipal(username),
                        profile.get().roles().stream().map(Role::name).collect(Collectors.toSet()));
            }
            session.invalidate();
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if ("GET".equals(request.getMethod())) {
            String query = request.getQueryString();
            request.getSession(true).setAttribute(SESSION_RETURN_TO,
                    request.getRequestURI().substring(request.getContextPath().length())
                            + (query == null ? "" : "?" + query));
        }
        return redirect(request, response, LOGIN_PAGE);
    }

    private static AuthenticationStatus redirect(HttpServletRequest request, HttpServletResponse response,
                                                 String page) {
        try {
            response.sendRedirect(request.getContextPath() + page);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** A bare 401 with the API's JSON error body, never the container's HTML error page. */
    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"bagalau\", charset=\"UTF-8\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write("{\"status\":401,\"error\":\"unauthorized\"}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    private static Optional<ApiCredential> decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new ApiCredential(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
