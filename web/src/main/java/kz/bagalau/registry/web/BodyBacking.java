package kz.bagalau.registry.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kz.bagalau.audit.application.AuditLog;
import kz.bagalau.audit.domain.AuditEntryView;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;

/**
 * One body's page ({@code /app/body.xhtml?id=N}). The id is only a key into the caller's own region: a body
 * of another region answers 404, exactly like one that does not exist. The region's administrators also see
 * the body's audit trail.
 */
@Named
@RequestScoped
public class BodyBacking {

    @Inject
    private BodyRegistry registry;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private BodySummary body;
    private List<AuditEntryView> history = List.of();

    /** View action: loads the body or lets the not-found error become the 404 page. */
    public void load() {
        if (id == null) {
            throw new kz.bagalau.shared.domain.NotFoundException("Executive body", "(none)");
        }
        body = registry.get(id);
        history = isCanSeeAudit() ? audit.recent("executive_body", body.id(), 50) : List.of();
    }

    public BodySummary getBody() {
        return body;
    }

    public boolean isCanSeeAudit() {
        return currentUser.has(Role.Names.REGION_ADMIN) || currentUser.has(Role.Names.PLATFORM_ADMIN);
    }

    /** Read once in {@link #load()}: the table asks for its rows more than once while it renders. */
    public List<AuditEntryView> getHistory() {
        return history;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
