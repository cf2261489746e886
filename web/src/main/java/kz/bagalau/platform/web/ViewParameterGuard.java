package kz.bagalau.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;

/**
 * A page's address names its record by view parameters ({@code ?id=}, {@code ?year=}). When one of them
 * does not convert or is out of range on the first request of a page, there is nothing to show: the answer
 * is 404, exactly as for an id that does not exist or belongs to another region, instead of a page rendered
 * with nothing behind it. A form's own validation (a postback) is not touched.
 */
public class ViewParameterGuard implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.isPostback() || !faces.isValidationFailed()) {
            return;
        }
        try {
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new FacesException(e);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to do before validation
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
