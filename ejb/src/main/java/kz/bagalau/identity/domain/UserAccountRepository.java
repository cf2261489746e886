package kz.bagalau.identity.domain;

import java.util.List;
import java.util.Optional;
import kz.bagalau.shared.domain.NotFoundException;

/** The current region's users. */
public interface UserAccountRepository {

    List<UserAccount> all();

    Optional<UserAccount> findById(long id);

    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> ofBody(long bodyId);

    UserAccount add(UserAccount account);

    default UserAccount getById(long id) {
        return findById(id).orElseThrow(() -> new NotFoundException("User", id));
    }
}
