package kz.bagalau.deadlines.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import kz.bagalau.deadlines.domain.CalendarFeed;
import kz.bagalau.deadlines.domain.CalendarFeedRepository;
import kz.bagalau.shared.infrastructure.DataSources;
import kz.bagalau.tenancy.infrastructure.TenantEntityManager;

/**
 * Calendar feeds: inside a region through the tenant-bound EntityManager; a token's owner, before any region is
 * known, through the definer function {@code calendar_feed_owner}, which answers a hash with its region and user
 * and nothing else (the same way a login finds its account).
 */
@ApplicationScoped
public class JpaCalendarFeeds implements CalendarFeedRepository {

    @Inject
    private TenantEntityManager tenantEm;

    @Resource(lookup = DataSources.APP)
    private DataSource dataSource;

    @Override
    public Optional<Owner> ownerOf(String tokenHash) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select tenant_id, username from calendar_feed_owner(?)")) {
            ps.setString(1, tokenHash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Owner(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Calendar feed lookup failed", e);
        }
    }

    @Override
    public List<CalendarFeed> activeOf(String username) {
        return em().createQuery("select f from CalendarFeed f where f.username = :u and f.revokedAt is null",
                CalendarFeed.class).setParameter("u", username).getResultList();
    }

    @Override
    public CalendarFeed add(CalendarFeed feed) {
        em().persist(feed);
        em().flush();
        return feed;
    }

    private EntityManager em() {
        return tenantEm.get();
    }
}
