package kz.bagalau.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * PrimeFaces refuses a file with an unusable name under the fixed English title "File Error" and puts the
 * reason (from our message bundle, in the user's language) in the detail, which the portal's message boxes do
 * not show. Before the page is rendered, such a message shows its localised reason instead of the title.
 */
public class UploadMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String PRIMEFACES_TITLE = "File Error";

    @Override
    public void beforePhase(PhaseEvent event) {
        for (FacesMessage message : event.getFacesContext().getMessageList()) {
            if (PRIMEFACES_TITLE.equals(message.getSummary()) && message.getDetail() != null) {
                message.setSummary(message.getDetail());
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // messages are final once rendering starts
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
