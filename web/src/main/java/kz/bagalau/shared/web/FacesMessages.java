package kz.bagalau.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.Texts;

/**
 * Adds messages in the language of the current view; used by every backing bean. A user's action that the
 * Rules refuse, or that lost a race with someone else's edit, ends in a message on the same page, never in an
 * error page.
 */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
        FacesContext.getCurrentInstance().validationFailed();
    }

    /**
     * Runs a user's action: when it goes through, the done message and {@code then} (reloading what the page
     * shows); when the Rules refuse it, the reason in the user's language. Returns whether it went through.
     */
    public static boolean attempt(Runnable action, String doneKey, Runnable then) {
        try {
            action.run();
        } catch (RuleViolation e) {
            refused(e);
            return false;
        } catch (RuntimeException e) {
            if (!ConcurrentEdits.causedBy(e)) {
                throw e;
            }
            error(ConcurrentEdits.MESSAGE_KEY);
            return false;
        }
        info(doneKey);
        then.run();
        return true;
    }

    /** Shows a refused action's reason and marks the request failed, so dialogs stay open. */
    public static void refused(RuleViolation violation) {
        error(violation.messageKey(), violation.arguments().toArray());
    }

    public static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot() == null ? Texts.DEFAULT : faces.getViewRoot().getLocale();
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(severity, Texts.get(locale(), key, args), null));
    }
}
