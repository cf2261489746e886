package kz.bagalau.deadlines.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The national mail (the ministry's, which belongs to no region): written once per database-unique key, taken
 * for delivery one row at a time under its row lock, marked sent or failed in the same transaction.
 */
public interface NationalMailbox {

    /** A national account that receives mail. */
    record Recipient(String username, String displayName, String address, String locale) {
    }

    /** A mail due for delivery, locked by the caller's transaction. */
    record Due(long id, String address, String subject, String text, String html, int attempts) {
    }

    /** The national accounts holding {@code role} that have an address. */
    List<Recipient> recipients(String role);

    /** Whether any mail's key starts with {@code prefix} (a firing already written). */
    boolean anyWithKeyPrefix(String prefix);

    /** Writes the mail unless one with {@code dedupKey} exists; returns whether it wrote it. */
    boolean add(String dedupKey, Recipient to, RenderedMail mail, boolean sentLate, Instant now);

    List<Long> dueIds(Instant now, int limit);

    /** The mail, locked for this transaction, if it is still pending and due (another node may have taken it). */
    Optional<Due> lockDue(long id, Instant now);

    void delivered(long id, Instant at);

    /** Counts a refused attempt: due again at {@code next}, or FAILED when {@code last}. */
    void attemptFailed(long id, String error, Instant next, boolean last);
}
