package kz.bagalau.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kz.bagalau.audit.domain.AuditTrail;
import kz.bagalau.audit.domain.AuditVerification;

/**
 * Walks every region's hash chain and reports the first broken link; for the platform administrator. The
 * role is named as the plain value the container checks, so the audit context needs nothing of identity.
 */
@Stateless
public class AuditVerifier {

    /** The role allowed to verify; identity's {@code Role.PLATFORM_ADMIN} carries the same name. */
    public static final String VERIFIER_ROLE = "PLATFORM_ADMIN";

    @Inject
    private AuditTrail trail;

    @RolesAllowed(VERIFIER_ROLE)
    public AuditVerification verify() {
        return trail.verify();
    }
}
