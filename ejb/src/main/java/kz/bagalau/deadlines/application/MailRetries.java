package kz.bagalau.deadlines.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import kz.bagalau.deadlines.domain.RetryPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The deployment's one retry policy for mail the SMTP server refuses, regional and national alike: the first
 * retry after {@code bagalau.mail.retry-base-seconds}, doubling up to 64 times that, FAILED after
 * {@code bagalau.mail.max-attempts}.
 */
@ApplicationScoped
public class MailRetries {

    @Inject
    @ConfigProperty(name = "bagalau.mail.retry-base-seconds", defaultValue = "30")
    private long retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "bagalau.mail.max-attempts", defaultValue = "6")
    private int maxAttempts;

    public RetryPolicy policy() {
        Duration base = Duration.ofSeconds(retryBaseSeconds);
        return new RetryPolicy(base, base.multipliedBy(64), maxAttempts);
    }
}
