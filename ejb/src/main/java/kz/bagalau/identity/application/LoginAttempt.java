package kz.bagalau.identity.application;

import jakarta.enterprise.context.RequestScoped;
import java.io.Serializable;

/**
 * The outcome of this request's login, for the login page. The container's authentication answers only "valid or
 * not"; a user whose password is right but whose region is suspended must be told why (issue 11), so the identity
 * store leaves the outcome here for the form to read.
 */
@RequestScoped
public class LoginAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    private LoginOutcome.Result result;

    public void record(LoginOutcome outcome) {
        result = outcome.result();
    }

    /** Whether this request's login was refused because the user's region is suspended. */
    public boolean regionSuspended() {
        return result == LoginOutcome.Result.SUSPENDED;
    }
}
