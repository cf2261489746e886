package kz.bagalau.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client address a login comes from, which failed logins are counted by. The connection's address,
 * unless it is one of the proxies configured in {@code bagalau.proxy.trusted} (the TLS-terminating proxy in
 * front of the nodes): then the address that proxy received the request from, the last one in
 * {@code X-Forwarded-For} that is not itself a trusted proxy. A header from anyone else is ignored, so a client
 * cannot choose its own address.
 */
@ApplicationScoped
public class ClientOrigin {

    private static final int MAX_LENGTH = 64;

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "bagalau.proxy.trusted", defaultValue = " ")
    private String trustedProxies;

    /** The client's address of the current request, or "unknown" outside a request. */
    public String current() {
        try {
            return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trusted());
        } catch (ContextNotActiveException | IllegalStateException e) {
            return "unknown";
        }
    }

    static String of(String remote, String forwardedFor, Set<String> trusted) {
        String origin = remote == null ? "unknown" : remote;
        if (trusted.contains(origin) && forwardedFor != null) {
            List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip)
                    .filter(h -> !h.isEmpty()).toList();
            for (int i = hops.size() - 1; i >= 0; i--) {
                if (!trusted.contains(hops.get(i))) {
                    origin = hops.get(i);
                    break;
                }
            }
        }
        return origin.length() > MAX_LENGTH ? origin.substring(0, MAX_LENGTH) : origin;
    }

    private Set<String> trusted() {
        return Arrays.stream(trustedProxies.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
