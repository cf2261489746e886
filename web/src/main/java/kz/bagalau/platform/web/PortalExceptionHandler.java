package kz.bagalau.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.PhaseId;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.infrastructure.Texts;
import kz.bagalau.shared.web.ConcurrentEdits;
import kz.bagalau.tenancy.web.ErrorStatus;

/**
 * What a page does when a service refuses. A record outside the user's region, or no region at all, is the
 * plain 404 page (existence never leaks); a missing role is 403; a broken rule becomes a message in the
 * user's language on the same page, and so does an edit that lost a race with someone else's (reload); an
 * expired or unrestorable view (a forged view state included) sends the user to the home page; anything else
 * in an AJAX request is the error page, never an exception's class or message.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PortalExceptionHandler.class.getName());

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<Integer> status = ErrorStatus.of(thrown);
            Optional<RuleViolation> violation = find(thrown, RuleViolation.class);
            try {
                if (status.isPresent()) {
                    respond(faces, status.get());
                } else if (violation.isPresent()) {
                    RuleViolation v = violation.get();
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            Texts.get(locale(faces), v.messageKey(), v.arguments().toArray()), null));
                    faces.validationFailed();
                    faces.renderResponse();
                } else if (ConcurrentEdits.causedBy(thrown)) {
                    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                            Texts.get(locale(faces), ConcurrentEdits.MESSAGE_KEY), null));
                    faces.validationFailed();
                    faces.renderResponse();
                } else if (find(thrown, ViewExpiredException.class).isPresent()
                        || faces.getCurrentPhaseId() == PhaseId.RESTORE_VIEW || faces.getViewRoot() == null) {
                    // The view could not be restored (Mojarra reports it after the phase, with no view root).
                    ExternalContext external = faces.getExternalContext();
                    external.redirect(external.getRequestContextPath() + "/app/home.xhtml");
                    faces.responseComplete();
                } else if (faces.getPartialViewContext().isAjaxRequest()) {
                    // Anything else in an AJAX request: the error page, never the exception's class or message.
                    LOG.log(Level.SEVERE, "Unhandled error in an AJAX request", thrown);
                    respond(faces, 500);
                } else {
                    continue;
                }
            } catch (IOException e) {
                throw new FacesException(e);
            }
            events.remove();
        }
        getWrapped().handle();
    }

    private static void respond(FacesContext faces, int status) throws IOException {
        ExternalContext external = faces.getExternalContext();
        if (faces.getPartialViewContext().isAjaxRequest()) {
            external.redirect(external.getRequestContextPath() + "/error/" + status + ".xhtml");
        } else {
            external.responseReset();
            external.responseSendError(status, null);
        }
        faces.responseComplete();
    }

    private static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static Locale locale(FacesContext faces) {
        return faces.getViewRoot() == null ? Texts.DEFAULT : faces.getViewRoot().getLocale();
    }
}
