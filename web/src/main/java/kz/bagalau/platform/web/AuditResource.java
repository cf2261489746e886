package kz.bagalau.platform.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.bagalau.audit.application.AuditVerifier;
import kz.bagalau.audit.domain.AuditVerification;
import kz.bagalau.identity.domain.Role;

/**
 * {@code GET /api/v1/audit/verify}: {@code {"ok":true,"entries":N}} when every region's chain is intact,
 * otherwise the first broken entry (¶62-¶66: nothing recorded may change silently).
 */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.Names.PLATFORM_ADMIN)
public class AuditResource {

    @Inject
    private AuditVerifier verifier;

    @GET
    @Path("verify")
    public Map<String, Object> verify() {
        AuditVerification v = verifier.verify();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("ok", v.ok());
        answer.put("entries", v.entries());
        if (!v.ok()) {
            Map<String, Object> broken = new LinkedHashMap<>();
            broken.put("id", v.brokenId());
            broken.put("chain", v.brokenChain());
            broken.put("seq", v.brokenSeq());
            broken.put("problem", v.problem());
            answer.put("broken", broken);
        }
        return answer;
    }
}
