package kz.bagalau.platform.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.bagalau.identity.application.PasswordHasher;
import kz.bagalau.tenancy.infrastructure.TenantCatalog;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fills an empty database for the demo ({@code bagalau.demo=true}): every region's bodies and the demo
 * accounts, all with the password {@code demo}. Runs once, in one transaction; a database that already has
 * users is left alone.
 *
 * <p>Outside demo mode no account has a default password: the first platform administrator is created only
 * when {@code bagalau.admin.initial-password} is given, and only if no administrator exists yet.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataLoader {

    /** The evaluated years the demo shows finished (the later one compares with the earlier). */
    static final int[] DEMO_YEARS = {2025};

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @Resource(lookup = DatabaseMigrator.OWNER_DATA_SOURCE)
    private DataSource owner;

    @Inject
    private PasswordHasher hasher;

    @jakarta.ejb.EJB
    private DemoMethodologySeed methodologySeed;

    @jakarta.ejb.EJB
    private DemoEvaluationSeed evaluationSeed;

    @Inject
    @ConfigProperty(name = "bagalau.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    @ConfigProperty(name = "bagalau.admin.initial-password")
    private Optional<String> initialAdminPassword;

    @PostConstruct
    void load() {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (demo && !hasUsers(c)) {
                    long started = System.nanoTime();
                    int users = DemoRegistrySeed.write(c, hasher.hash("demo".toCharArray()));
                    c.commit();
                    LOG.info(() -> String.format("Demo data loaded: %d accounts in %d ms", users,
                            (System.nanoTime() - started) / 1_000_000));
                } else if (!demo) {
                    createFirstAdministrator(c);
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Loading start-up data failed", e);
        }
        if (demo) {
            loadEvaluations();
        }
    }

    /** Methodologies, then each region's finished evaluation of the demo years; skipped where already there. */
    private void loadEvaluations() {
        long started = System.nanoTime();
        methodologySeed.seed();
        int count = 0;
        for (TenantCatalog.Entry region : TenantCatalog.load()) {
            for (int year : DEMO_YEARS) {
                count += evaluationSeed.seed(region.code(), year);
            }
        }
        int written = count;
        LOG.info(() -> String.format("Demo evaluations loaded: %d in %d ms", written,
                (System.nanoTime() - started) / 1_000_000));
    }

    private void createFirstAdministrator(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select 1 from app_user where roles like '%PLATFORM_ADMIN%'");
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                return;
            }
        }
        if (initialAdminPassword.filter(p -> p.length() >= 12).isEmpty()) {
            LOG.warning("No platform administrator exists. Set bagalau.admin.initial-password "
                    + "(BAGALAU_ADMIN_INITIAL_PASSWORD, at least 12 characters) for one start to create 'admin'.");
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("insert into app_user (username, password_hash, display_name,"
                + " roles) values ('admin', ?, 'Platform administrator', 'PLATFORM_ADMIN')")) {
            ps.setString(1, hasher.hash(initialAdminPassword.get().toCharArray()));
            ps.executeUpdate();
        }
        LOG.info("Created the first platform administrator 'admin'.");
    }

    private static boolean hasUsers(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select exists (select 1 from app_user)");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }
}
