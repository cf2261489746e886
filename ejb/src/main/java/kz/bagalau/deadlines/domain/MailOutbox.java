package kz.bagalau.deadlines.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current region's outbox. */
public interface MailOutbox {

    /**
     * Writes {@code mail} unless the region's outbox already holds its key (the database's unique key decides,
     * so two nodes or two retries never write it twice).
     * @return true when it was written now
     */
    boolean addOnce(OutboxMail mail);

    /** Ids of the mails due for an attempt at {@code now}, oldest first. */
    List<Long> dueIds(Instant now, int limit);

    /** The pending mail {@code id}, locked for this transaction; empty when another node holds or sent it. */
    Optional<OutboxMail> lockDue(long id, Instant now);

    Optional<OutboxMail> find(long id);

    /** The most recent mails of the region, newest first. */
    List<OutboxMail> recent(int limit);

    /** How many mails of the region are in each status. */
    java.util.Map<OutboxMail.Status, Long> counts();
}
