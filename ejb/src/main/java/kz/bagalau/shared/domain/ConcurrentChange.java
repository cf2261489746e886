package kz.bagalau.shared.domain;

/**
 * The record was changed by someone else after the caller read it: two people edited the same conclusion,
 * figure or entry at once. Nothing of the later action is saved; the page asks the user to reload (the API
 * answers 409), so nobody silently overwrites another person's work.
 */
public class ConcurrentChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    public ConcurrentChange(String what, Object id, Throwable cause) {
        super(what + " " + id + " was changed by someone else", cause);
    }
}
