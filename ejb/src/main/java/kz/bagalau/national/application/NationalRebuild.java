package kz.bagalau.national.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import kz.bagalau.national.domain.NationalReadModel;
import kz.bagalau.national.domain.RegionTallies;
import kz.bagalau.tenancy.application.TenantDirectory;
import kz.bagalau.tenancy.application.TenantSummary;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * Rebuilds the national read model from the regional data: region by region, each in its own transaction and
 * its own tenant (a region's rows are only ever written as that region), every row of the region dropped and
 * each year it has recounted by the same {@link NationalProjection} the events drive. Used at start-up when the
 * model is empty (a new deployment, data loaded by SQL) and by {@code ./ops/portal rebuild-national} through the
 * platform administrator's API; callers outside the container's security (start-up) reach it here, so the
 * resource in front of it carries the role check.
 */
@Stateless
@PermitAll
public class NationalRebuild {

    private static final Logger LOG = Logger.getLogger(NationalRebuild.class.getName());

    @Inject
    private TenantDirectory tenants;

    @Inject
    private NationalProjection projection;

    @Inject
    private NationalReadModel model;

    @Inject
    private RegionTallies tallies;

    @Resource
    private SessionContext session;

    /** Rebuilds every region; returns the region-years written. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int rebuildAll() {
        long started = System.nanoTime();
        NationalRebuild self = session.getBusinessObject(NationalRebuild.class);
        int written = 0;
        for (TenantSummary region : tenants.all()) {
            written += TenantContext.callAs(TenantAccess.readWrite(region.code()), self::rebuildRegion);
        }
        int total = written;
        LOG.info(() -> String.format("National read model rebuilt: %d region-years in %d ms", total,
                (System.nanoTime() - started) / 1_000_000));
        return written;
    }

    /** Rebuilds every region when the model holds nothing yet (a new deployment or data loaded by SQL). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void rebuildIfEmpty() {
        if (session.getBusinessObject(NationalRebuild.class).modelIsEmpty()) {
            rebuildAll();
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public boolean modelIsEmpty() {
        return model.years().isEmpty();
    }

    /** Drops and recounts the current region's rows, in one transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rebuildRegion() {
        model.clearRegion();
        int years = 0;
        for (int year : tallies.years()) {
            projection.refresh(year);
            years++;
        }
        return years;
    }
}
