package kz.bagalau.cycle.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.Notification;
import kz.bagalau.identity.application.CallerContext;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.tenancy.application.RegionTime;

/**
 * Notices on the home page: the general evaluation went to the commission (¶49), the results with
 * instructions reached the body (¶52), an appeal was filed or decided (¶55, ¶58), an expert was invited (¶48).
 * Who gets which notice is {@link NotificationPolicy}'s, which listens to the cycle's events. Each user sees
 * and dismisses only their own.
 */
@Stateless
@PermitAll
public class NotificationService {

    /** A notice as the home page shows it; {@code kind} is its message key. */
    public record Notice(long id, String kind, int year, String argument, java.time.Instant createdAt) {
    }

    @Inject
    private CycleRepository cycles;

    @Inject
    private CallerContext caller;

    @Inject
    private RegionTime time;

    /** Delivers the same notice to each of {@code usernames}, at the same moment. */
    public void deliver(Collection<String> usernames, String kind, int year, String argument) {
        usernames.stream().distinct().forEach(u -> cycles.add(new Notification(u, kind, year, argument,
                time.clock().instant())));
    }

    public List<Notice> unread() {
        return cycles.unread(caller.username()).stream()
                .map(n -> new Notice(n.id(), n.kind(), n.year(), n.argument(), n.createdAt())).toList();
    }

    /** The header's count: every mail also lands here, so a user without mail still sees it. */
    public long unreadCount() {
        return cycles.unreadCount(caller.username());
    }

    public void markRead(long id) {
        Notification n = cycles.findNotification(id).filter(x -> x.username().equals(caller.username()))
                .orElseThrow(() -> new NotFoundException("Notification", id));
        n.markRead(time.clock().instant());
    }
}
