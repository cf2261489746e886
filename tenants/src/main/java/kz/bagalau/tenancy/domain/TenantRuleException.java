package kz.bagalau.tenancy.domain;

/**
 * A region's configuration the portal does not accept (a malformed code, a missing name, an unknown time zone).
 * Carries a message key; the application layer turns it into the portal's rule violation, translated for the user.
 */
public class TenantRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public TenantRuleException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
