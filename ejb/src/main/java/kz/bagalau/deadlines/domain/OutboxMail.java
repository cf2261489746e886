package kz.bagalau.deadlines.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import kz.bagalau.shared.domain.RuleViolation;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A mail in the transactional outbox: written with the fact that causes it, delivered later by a worker. It is
 * PENDING until the SMTP server accepts it (SENT) or it has failed {@link RetryPolicy#maxAttempts()} times
 * (FAILED, until someone resends it). Its key (recipient, year, step, kind, offset, subject) is unique in the
 * region, so the same reminder is never written twice.
 */
@Entity
@Table(name = "mail_outbox")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class OutboxMail {

    /** Where a mail is on its way out. */
    public enum Status { PENDING, SENT, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "dedup_key", nullable = false, updatable = false)
    private String dedupKey;

    @Column(name = "recipient", nullable = false, updatable = false)
    private String recipient;

    @Column(name = "address", nullable = false, updatable = false)
    private String address;

    @Column(name = "locale", nullable = false, updatable = false)
    private String locale;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "body_text", nullable = false, updatable = false)
    private String bodyText;

    @Column(name = "body_html", nullable = false, updatable = false)
    private String bodyHtml;

    @Column(name = "calendar", updatable = false)
    private String calendar;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status = Status.PENDING;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "sent_late", nullable = false, updatable = false)
    private boolean sentLate;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Version
    private long version;

    protected OutboxMail() {
        // for JPA
    }

    public OutboxMail(String dedupKey, String recipient, String address, String locale, RenderedMail mail,
                      String calendar, boolean sentLate, String messageId, Instant now) {
        this.dedupKey = dedupKey;
        this.recipient = recipient;
        this.address = address;
        this.locale = locale;
        this.subject = mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.calendar = calendar;
        this.sentLate = sentLate;
        this.messageId = messageId;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /** The SMTP server accepted the mail. */
    public void delivered(Instant now) {
        attempts++;
        status = Status.SENT;
        sentAt = now;
        lastError = null;
    }

    /** An attempt failed: retried after the policy's back-off, or FAILED once attempts run out. */
    public void attemptFailed(String error, Instant now, RetryPolicy policy) {
        attempts++;
        lastError = error == null ? "" : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (attempts >= policy.maxAttempts()) {
            status = Status.FAILED;
        } else {
            nextAttemptAt = now.plus(policy.delayAfter(attempts));
        }
    }

    /** A person asks for a failed mail to go again: one more round of attempts, never a second copy. */
    public void resend(Instant now) {
        if (status != Status.FAILED) {
            throw new RuleViolation("outbox.resend.notFailed");
        }
        status = Status.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public Long id() {
        return id;
    }

    public String dedupKey() {
        return dedupKey;
    }

    public String recipient() {
        return recipient;
    }

    public String address() {
        return address;
    }

    public String locale() {
        return locale;
    }

    public String subject() {
        return subject;
    }

    public String bodyText() {
        return bodyText;
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String calendar() {
        return calendar;
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public boolean sentLate() {
        return sentLate;
    }

    public String messageId() {
        return messageId;
    }
}
