package kz.bagalau.cycle.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.LocalDate;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.tenancy.context.TenantAccess;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * ¶6, ¶53: the one write the ministry makes in a region. The akim's 25 July report is the akim's own deadline,
 * so only the ministry, to whom it is owed, allows it late. The ministry otherwise looks into a region
 * read-only; this act opens the region for writing for its own transaction only, and the extension, its
 * reason and the ministry user land in the region's audit log like any other.
 */
@Stateless
@RolesAllowed(Role.Names.MINISTRY)
public class LateReportAuthorisation {

    @EJB
    private ScheduleService schedules;

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void allowLateAkimReport(String region, int year, LocalDate until, String reason) {
        TenantContext.runAs(TenantAccess.readWrite(region), () -> schedules.allowLateAkimReport(year, until, reason));
    }
}
