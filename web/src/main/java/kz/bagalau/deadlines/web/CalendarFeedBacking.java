package kz.bagalau.deadlines.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import kz.bagalau.deadlines.application.CalendarFeedService;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The home page's calendar card: make a private feed link of one's own deadlines (shown once), or revoke it.
 */
@Named
@ViewScoped
public class CalendarFeedBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CalendarFeedService feeds;

    private String link;
    private Instant since;
    private boolean loaded;

    public Instant getSince() {
        if (!loaded) {
            since = feeds.activeSince().orElse(null);
            loaded = true;
        }
        return since;
    }

    public void create() {
        FacesMessages.attempt(() -> {
            String token = feeds.create();
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            link = external.getRequestScheme() + "://" + external.getRequestServerName() + ":"
                    + external.getRequestServerPort() + external.getRequestContextPath() + "/calendar/" + token + ".ics";
        }, "calendarFeed.created", () -> loaded = false);
    }

    public void revoke() {
        FacesMessages.attempt(feeds::revoke, "calendarFeed.revoked", () -> {
            loaded = false;
            link = null;
        });
    }

    /** The new link, present only right after it was made. */
    public String getLink() {
        return link;
    }
}
