package kz.bagalau.identity.infrastructure;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import kz.bagalau.identity.domain.StoredAccount;

/**
 * The accounts one request has already read. A page asks "who is calling, which body" many times (every
 * direction's need-to-know check does), and each ask used to be a query on a connection of its own beside the
 * one the transaction's EntityManager holds: two connections per request, which under 50 concurrent requests
 * on a pool of 32 left every request holding one and waiting for the second. Reading the account once per
 * request removes both costs and keeps its promise: a role or lock-out change applies from the next request.
 */
@RequestScoped
public class AccountsOfRequest {

    private final Map<String, Optional<StoredAccount>> seen = new HashMap<>();

    Optional<StoredAccount> find(String username) {
        return seen.get(username);
    }

    void remember(String username, Optional<StoredAccount> account) {
        seen.put(username, account);
    }

    /** After this request changed an account, it reads it afresh. */
    void forget(String username) {
        seen.remove(username);
    }
}
