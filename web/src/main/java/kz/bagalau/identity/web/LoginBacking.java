package kz.bagalau.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import kz.bagalau.identity.application.LoginAttempt;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The login form. The same message answers a wrong password, an unknown user and a locked account, so the
 * form does not tell an attacker which usernames exist; it does tell everybody the lock-out rule.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext security;

    @Inject
    private LoginAttempt attempt;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password))));
        password = null;
        if (status == AuthenticationStatus.SUCCESS) {
            HttpSession session = request.getSession();
            Object returnTo = session.getAttribute(PortalAuthenticationMechanism.SESSION_RETURN_TO);
            session.removeAttribute(PortalAuthenticationMechanism.SESSION_RETURN_TO);
            String target = returnTo instanceof String s && s.startsWith("/app/") ? s : "/app/home.xhtml";
            external.redirect(external.getRequestContextPath() + target);
            faces.responseComplete();
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(FacesMessages.locale(), attempt.regionSuspended() ? "login.suspended" : "login.failed"),
                    null));
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
