package kz.bagalau.identity.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which address failed logins are counted by: the client's, never one the client claims for itself. */
class ClientOriginTest {

    @Test
    @DisplayName("A forwarded address is believed only from a configured proxy")
    void should_ignore_a_forwarded_address_from_anyone_but_a_trusted_proxy() {
        assertThat(ClientOrigin.of("203.0.113.7", "198.51.100.1", Set.of("10.0.0.2"))).isEqualTo("203.0.113.7");
    }

    @Test
    @DisplayName("Behind trusted proxies, the client is the last address that is not one of them")
    void should_take_the_last_untrusted_hop_behind_trusted_proxies() {
        assertThat(ClientOrigin.of("10.0.0.2", "198.51.100.1, 203.0.113.7, 10.0.0.3", Set.of("10.0.0.2", "10.0.0.3")))
                .isEqualTo("203.0.113.7");
    }

    @Test
    @DisplayName("A proxy's request without a forwarded address counts as the proxy's own")
    void should_count_a_proxy_request_without_a_header_as_the_proxys() {
        assertThat(ClientOrigin.of("10.0.0.2", null, Set.of("10.0.0.2"))).isEqualTo("10.0.0.2");
    }
}
