package kz.bagalau.deadlines.domain;

/** The port to the mail server: hands one mail over, or says why it could not. */
public interface MailTransport {

    /** One mail as it leaves the portal, with the region's sender name and reply-to address (null: none). */
    record Outgoing(String senderName, String replyTo, String to, String subject, String text, String html,
                    String calendar, String messageId) {
    }

    /** @throws MailFailure when the server did not accept the mail */
    void send(Outgoing mail);

    /** A connection kept open for a run of mails; a failed mail closes it and the next one opens it again. */
    interface Connection extends AutoCloseable {

        /** @throws MailFailure when the server did not accept the mail */
        void send(Outgoing mail);

        @Override
        void close();
    }

    /** Opens a connection lazily: nothing happens until the first mail. */
    Connection open();

    /** The server did not take the mail; the outbox retries. */
    final class MailFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public MailFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
