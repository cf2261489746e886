package kz.bagalau.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import kz.bagalau.identity.application.ProfileService;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The user's own password: after a reset by the region's administrator every page leads here until a new one is
 * chosen; at any other time a user may change it here too. The passwords are never kept beyond the request.
 */
@Named
@RequestScoped
public class PasswordBacking {

    @Inject
    private ProfileService profiles;

    @Inject
    private CurrentUser currentUser;

    private String current;
    private String chosen;
    private String repeated;

    public void change() throws IOException {
        try {
            profiles.changePassword(currentUser.getUsername(), chars(current), chars(chosen), chars(repeated));
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
            return;
        } finally {
            current = null;
            chosen = null;
            repeated = null;
        }
        FacesMessages.info("password.changed");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
    }

    /** Whether the user arrives here because their password was reset. */
    public boolean isMustChange() {
        return currentUser.profile().map(p -> p.mustChangePassword()).orElse(false);
    }

    private static char[] chars(String s) {
        return s == null ? new char[0] : s.toCharArray();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}
