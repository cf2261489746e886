package kz.bagalau.shared.web;

import jakarta.persistence.OptimisticLockException;
import kz.bagalau.shared.domain.ConcurrentChange;

/**
 * Recognises a lost race between two editors, however it surfaced: a service that compared the version the
 * editor saw ({@link ConcurrentChange}), or the database's optimistic lock at flush or commit, which the EJB
 * container hands over wrapped in its own exceptions.
 */
public final class ConcurrentEdits {

    /** The message pages show: someone else changed the record; reload. */
    public static final String MESSAGE_KEY = "record.changed";

    private ConcurrentEdits() {
    }

    public static boolean causedBy(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ConcurrentChange || t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }
}
