package kz.bagalau.deadlines.domain;

import java.util.List;
import java.util.Optional;

/** Calendar feeds: the current region's, and, without a region, who owns a token. */
public interface CalendarFeedRepository {

    /** The owner of an active feed by its token's hash, across regions (the feed is read without a login). */
    record Owner(String tenant, String username) {
    }

    Optional<Owner> ownerOf(String tokenHash);

    /** The active feeds of {@code username} in the current region. */
    List<CalendarFeed> activeOf(String username);

    CalendarFeed add(CalendarFeed feed);
}
