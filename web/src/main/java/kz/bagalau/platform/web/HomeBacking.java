package kz.bagalau.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import kz.bagalau.cycle.application.NotificationService;
import kz.bagalau.evaluation.application.ReportingService;
import kz.bagalau.evaluation.application.RequestView;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.registry.application.BodyRegistry;
import kz.bagalau.registry.application.BodySummary;
import kz.bagalau.registry.web.RegistryRights;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The home page, different per role: an evaluated body sees its own body, the region's administrators the
 * registry, the ministry and platform administrator the regions; everybody sees what their roles are for.
 */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private RegistryRights registryRights;

    @Inject
    private BodyRegistry registry;

    @Inject
    private ReportingService reporting;

    @Inject
    private EvaluationYears years;

    private static final Set<String> APPEAL_NOTICES = Set.of("notice.appealFiled",
            "notice.appealDecided");

    @Inject
    private NotificationService notifications;

    private List<NotificationService.Notice> notices;
    private BodySummary ownBody;
    private List<RequestView> openRequests;
    private Integer bodyCount;

    public BodySummary getOwnBody() {
        Long bodyId = currentUser.getBodyId();
        if (ownBody == null && bodyId != null && TenantContext.current().isPresent()) {
            ownBody = registry.find(bodyId).orElse(null);
        }
        return ownBody;
    }

    public int getBodyCount() {
        if (bodyCount == null) {
            bodyCount = TenantContext.current().isPresent() ? registry.list().size() : 0;
        }
        return bodyCount;
    }

    /** The body's document requests still open (¶44): they belong on its home page until answered. */
    public List<RequestView> getOpenRequests() {
        if (openRequests == null) {
            openRequests = currentUser.has(Role.Names.EVALUATED_BODY) && TenantContext.current().isPresent()
                    ? reporting.openRequests(years.getDefaultYear()) : List.of();
        }
        return openRequests;
    }

    /** The user's unread notices (¶49, ¶52, ¶55, ¶58); cross-tenant users have none. */
    public List<NotificationService.Notice> getNotices() {
        if (notices == null) {
            notices = TenantContext.writable() && !currentUser.isCrossTenant()
                    ? notifications.unread() : List.of();
        }
        return notices;
    }

    public void dismiss(long id) {
        notifications.markRead(id);
        notices = null;
    }

    /** Where a notice leads: the appeal it is about, or the year's cycle page. */
    public boolean aboutAppeal(NotificationService.Notice n) {
        return APPEAL_NOTICES.contains(n.kind());
    }

    public String outcomeOf(NotificationService.Notice n) {
        return APPEAL_NOTICES.contains(n.kind()) ? "/app/appeal" : "/app/cycle";
    }

    public boolean isEvaluator() {
        return currentUser.has(Role.Names.PLANNING_BODY) || currentUser.has(Role.Names.BUDGET_BODY)
                || currentUser.has(Role.Names.AKIM_APPARATUS);
    }

    public boolean isCanManageRegistry() {
        return registryRights.isCanManage();
    }

    public List<String> getRoles() {
        return currentUser.profile().map(p -> p.roles().stream().sorted().map(Role::name).toList())
                .orElse(List.of());
    }
}
