package kz.bagalau.identity.application;

import java.time.Instant;
import kz.bagalau.identity.domain.StoredAccount;

/**
 * What a login attempt came to. The login page shows the same message for a wrong password and an unknown
 * user; a lock is named only to the one who reached it.
 */
public record LoginOutcome(Result result, StoredAccount account, Instant lockedUntil) {

    public enum Result { SUCCESS, INVALID, LOCKED, THROTTLED, DISABLED, SUSPENDED }

    public static LoginOutcome success(StoredAccount account) {
        return new LoginOutcome(Result.SUCCESS, account, null);
    }

    public static LoginOutcome invalid() {
        return new LoginOutcome(Result.INVALID, null, null);
    }

    public static LoginOutcome locked(Instant until) {
        return new LoginOutcome(Result.LOCKED, null, until);
    }

    /** This client address has to wait before it may try the account again; {@code lockedUntil} says until when. */
    public static LoginOutcome throttled(Instant until) {
        return new LoginOutcome(Result.THROTTLED, null, until);
    }

    public static LoginOutcome disabled() {
        return new LoginOutcome(Result.DISABLED, null, null);
    }

    /** The password was right, but the user's region is suspended by the platform administrator. */
    public static LoginOutcome suspended() {
        return new LoginOutcome(Result.SUSPENDED, null, null);
    }

    public boolean succeeded() {
        return result == Result.SUCCESS;
    }
}
