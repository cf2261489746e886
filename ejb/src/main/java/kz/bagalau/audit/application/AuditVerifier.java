package kz.bagalau.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kz.bagalau.audit.domain.AuditTrail;
import kz.bagalau.audit.domain.AuditVerification;
import kz.bagalau.identity.domain.Role;

/** Walks every region's hash chain and reports the first broken link; for the platform administrator. */
@Stateless
public class AuditVerifier {

    @Inject
    private AuditTrail trail;

    @RolesAllowed(Role.Names.PLATFORM_ADMIN)
    public AuditVerification verify() {
        return trail.verify();
    }
}
