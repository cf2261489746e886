package kz.bagalau.deadlines.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import kz.bagalau.deadlines.application.OutboxService;
import kz.bagalau.deadlines.domain.OutboxMail;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The region's outbox for its apparatus: every mail with its status, attempts and text, "resend" for a failed
 * one, and the next planned reminders and deadlines with their instants. The region's mail names its people and
 * what each has not done, so a role without the need finds no such page (404), as for another region's record;
 * the service's role check stands behind it.
 */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxService outbox;

    @Inject
    private CurrentUser currentUser;

    private List<OutboxService.MailRow> mails;
    private List<OutboxService.FiringRow> upcoming;
    private Map<OutboxMail.Status, Long> counts;

    public void load() {
        currentUser.requireAnyOf("outbox", Role.Names.AKIM_APPARATUS, Role.Names.REGION_ADMIN, Role.Names.PLATFORM_ADMIN);
        refresh();
    }

    private void refresh() {
        mails = outbox.recent(200);
        upcoming = outbox.upcoming(50);
        counts = outbox.counts();
    }

    public void resend(long id) {
        FacesMessages.attempt(() -> outbox.resend(id), "outbox.resent", this::refresh);
    }

    public List<OutboxService.MailRow> getMails() {
        return mails;
    }

    public List<OutboxService.FiringRow> getUpcoming() {
        return upcoming;
    }

    public long count(String status) {
        return counts == null ? 0 : counts.getOrDefault(OutboxMail.Status.valueOf(status), 0L);
    }
}
