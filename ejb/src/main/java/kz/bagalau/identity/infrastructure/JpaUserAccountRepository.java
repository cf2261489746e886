package kz.bagalau.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import kz.bagalau.identity.domain.UserAccount;
import kz.bagalau.identity.domain.UserAccountRepository;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/** The current region's users in table {@code app_user}. */
@ApplicationScoped
public class JpaUserAccountRepository implements UserAccountRepository {

    @Inject
    private TenantEntityManager em;

    @Override
    public List<UserAccount> all() {
        return em.get().createQuery("select u from UserAccount u order by u.username", UserAccount.class)
                .getResultList();
    }

    @Override
    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.get().find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> findByUsername(String username) {
        return em.get().createQuery("select u from UserAccount u where u.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<UserAccount> ofBody(long bodyId) {
        return em.get().createQuery("select u from UserAccount u where u.bodyId = :b order by u.username",
                        UserAccount.class)
                .setParameter("b", bodyId)
                .getResultList();
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.get().persist(account);
        return account;
    }
}
