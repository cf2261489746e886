package kz.bagalau.deadlines.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import kz.bagalau.deadlines.domain.MailTransport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Jakarta Mail over SMTP, configured per deployment: host and port, {@code none}, {@code starttls} or {@code tls},
 * and credentials from the environment ({@code BAGALAU_MAIL_USER}, {@code BAGALAU_MAIL_PASSWORD}). A mail goes as
 * plain text and HTML alternatives, with the deadline as an iCalendar attachment when it has one; its Message-ID
 * is the outbox's, so the same mail always carries the same id.
 */
@ApplicationScoped
public class SmtpMailTransport implements MailTransport {

    @Inject
    @ConfigProperty(name = "bagalau.mail.host", defaultValue = "127.0.0.1")
    private String host;

    @Inject
    @ConfigProperty(name = "bagalau.mail.port", defaultValue = "3025")
    private int port;

    @Inject
    @ConfigProperty(name = "bagalau.mail.security", defaultValue = "none")
    private String security;

    @Inject
    @ConfigProperty(name = "bagalau.mail.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "bagalau.mail.password")
    private Optional<String> password;

    @Inject
    @ConfigProperty(name = "bagalau.mail.from", defaultValue = "noreply@bagalau.example")
    private String from;

    private Session session;

    @PostConstruct
    void init() {
        Properties p = new Properties();
        String protocol = "tls".equals(security) ? "smtps" : "smtp";
        p.put("mail.transport.protocol", protocol);
        p.put("mail." + protocol + ".host", host);
        p.put("mail." + protocol + ".port", String.valueOf(port));
        p.put("mail." + protocol + ".connectiontimeout", "5000");
        p.put("mail." + protocol + ".timeout", "10000");
        p.put("mail." + protocol + ".writetimeout", "10000");
        if ("starttls".equals(security)) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
        }
        boolean auth = user.filter(u -> !u.isBlank()).isPresent();
        p.put("mail." + protocol + ".auth", String.valueOf(auth));
        session = auth ? Session.getInstance(p, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password.orElse(""));
            }
        }) : Session.getInstance(p);
    }

    @Override
    public void send(Outgoing mail) {
        try (Connection c = open()) {
            c.send(mail);
        }
    }

    @Override
    public Connection open() {
        return new Connection() {
            private Transport transport;

            @Override
            public void send(Outgoing mail) {
                MimeMessage message = message(mail);
                try {
                    // No isConnected() before each mail: it costs a NOOP round trip; a broken connection fails the
                    // send, which closes it, and the next mail connects again.
                    if (transport == null) {
                        transport = session.getTransport();
                        transport.connect();
                    }
                    transport.sendMessage(message, message.getAllRecipients());
                } catch (MessagingException e) {
                    close();
                    throw new MailFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                if (transport != null) {
                    try {
                        transport.close();
                    } catch (MessagingException e) {
                        // The server went away; the next mail connects again.
                    }
                    transport = null;
                }
            }
        };
    }

    private MimeMessage message(Outgoing mail) {
        try {
            MimeMessage message = new FixedIdMessage(session, mail.messageId());
            message.setFrom(new InternetAddress(from, mail.senderName(), StandardCharsets.UTF_8.name()));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), true));
            if (mail.replyTo() != null) {
                message.setReplyTo(InternetAddress.parse(mail.replyTo(), true));
            }
            message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(new Date());
            MimeMultipart alternatives = new MimeMultipart("alternative");
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternatives.addBodyPart(text);
            alternatives.addBodyPart(html);
            if (mail.calendar() == null) {
                message.setContent(alternatives);
            } else {
                MimeMultipart mixed = new MimeMultipart("mixed");
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternatives);
                MimeBodyPart ics = new MimeBodyPart();
                ics.setContent(mail.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
                ics.setFileName("deadline.ics");
                mixed.addBodyPart(body);
                mixed.addBodyPart(ics);
                message.setContent(mixed);
            }
            message.saveChanges();
            return message;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailFailure(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** A message that keeps the outbox's Message-ID instead of making a new one at each attempt. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String id;

        FixedIdMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", id);
        }
    }
}
