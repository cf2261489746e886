package kz.bagalau.shared.domain;


/**
 * A {@code get*} lookup found nothing in the caller's tenant. Answered as 404 by the UI and the API: a record
 * of another tenant is indistinguishable from one that does not exist.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
