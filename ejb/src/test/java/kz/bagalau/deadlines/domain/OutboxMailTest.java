package kz.bagalau.deadlines.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import kz.bagalau.shared.domain.RuleViolation;
import org.junit.jupiter.api.Test;

class OutboxMailTest {

    private static final Instant NOW = Instant.parse("2027-05-18T04:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 4);

    private static OutboxMail mail() {
        return new OutboxMail("REMINDER|2026|CONCLUSIONS|14|0|karaganda.planning", "karaganda.planning",
                "karaganda.planning@bagalau.example", "kk", new RenderedMail("s", "t", "<p>h</p>"), null, false,
                "<abc@bagalau>", NOW);
    }

    @Test
    void should_double_the_delay_after_each_failure_up_to_the_cap() {
        RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(3), 10);

        assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(3));
        assertThat(policy.delayAfter(9)).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void should_retry_with_back_off_and_fail_after_the_last_attempt() {
        OutboxMail m = mail();

        m.attemptFailed("Connection refused", NOW, POLICY);
        assertThat(m.status()).isEqualTo(OutboxMail.Status.PENDING);
        assertThat(m.nextAttemptAt()).isEqualTo(NOW.plusSeconds(30));
        m.attemptFailed("Connection refused", NOW, POLICY);
        assertThat(m.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
        m.attemptFailed("Connection refused", NOW, POLICY);
        m.attemptFailed("Connection refused", NOW, POLICY);

        assertThat(m.status()).isEqualTo(OutboxMail.Status.FAILED);
        assertThat(m.attempts()).isEqualTo(4);
        assertThat(m.lastError()).isEqualTo("Connection refused");
    }

    @Test
    void should_resend_only_a_failed_mail_and_keep_its_identity() {
        OutboxMail m = mail();
        assertThatThrownBy(() -> m.resend(NOW)).isInstanceOfSatisfying(RuleViolation.class,
                e -> assertThat(e.messageKey()).isEqualTo("outbox.resend.notFailed"));
        for (int i = 0; i < 4; i++) {
            m.attemptFailed("refused", NOW, POLICY);
        }

        m.resend(NOW.plusSeconds(600));
        m.delivered(NOW.plusSeconds(601));

        assertThat(m.status()).isEqualTo(OutboxMail.Status.SENT);
        assertThat(m.messageId()).isEqualTo("<abc@bagalau>");
        assertThat(m.attempts()).isEqualTo(1);
    }
}
