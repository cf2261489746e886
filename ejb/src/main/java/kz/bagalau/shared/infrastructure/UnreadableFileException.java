package kz.bagalau.shared.infrastructure;

/** An upload that is not what it claims to be, too large, or damaged; carries a message key for the user. */
public class UnreadableFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public UnreadableFileException(String messageKey, String detail) {
        super(messageKey + ": " + detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
