package kz.bagalau.platform.web;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import kz.bagalau.identity.domain.Role;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JSON API under {@code /api}, version 1 under {@code /api/v1}. HTTP Basic with the portal's accounts;
 * answers are scoped to the caller's region, and anything outside it is 404.
 */
@ApplicationPath("/api")
@DeclareRoles({Role.Names.PLATFORM_ADMIN, Role.Names.MINISTRY, Role.Names.OWNER_PM_OFFICE, Role.Names.OWNER_BUDGET,
        Role.Names.OWNER_CIVIL_SERVICE, Role.Names.OWNER_INFORMATISATION, Role.Names.OWNER_JUSTICE,
        Role.Names.REGION_ADMIN, Role.Names.AKIM, Role.Names.AKIM_APPARATUS,
        Role.Names.PLANNING_BODY, Role.Names.BUDGET_BODY, Role.Names.EVALUATED_BODY, Role.Names.COMMISSION_MEMBER,
        Role.Names.COMMISSION_WORKING_BODY, Role.Names.EXPERT})
@OpenAPIDefinition(
        info = @Info(title = "Bagalau API", version = "1",
                description = "Annual effectiveness evaluation of regional executive bodies (Decree No. 573)"),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {

    /** No generated WADL: OPTIONS answers without describing the server or naming its libraries. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
