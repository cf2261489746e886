package kz.bagalau.tenancy.domain;


/** No region has the requested code. Answered as 404 by the web layer. */
public class TenantNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TenantNotFoundException(String code) {
        super("No region with code '" + code + "'");
    }
}
