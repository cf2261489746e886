package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.cycle.application.CycleOverview;
import kz.bagalau.cycle.application.CycleOverviewService;
import kz.bagalau.cycle.application.CycleService;
import kz.bagalau.evaluation.application.BodyResult;
import kz.bagalau.evaluation.application.ResultsService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The cycle page: where the region's year stands step by step, and for each role the step the Rules give it:
 * the evaluators pass final conclusions (¶46), the commission concludes (¶51), its working body sends the
 * results with instructions (¶52), the akim reports (¶53), the planning body publishes (¶54). The general
 * evaluation (¶12, ¶49) has its own page.
 */
@Named
@ViewScoped
public class CycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CycleOverviewService overviews;

    @Inject
    private CycleService cycle;

    @Inject
    private ResultsService results;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears years;

    private Integer year;
    private CycleOverview overview;
    private String commissionText;
    private String akimText;
    private final Map<Long, String> instructions = new HashMap<>();
    private List<BodyResult> bodies;

    public void load() {
        year = years.orDefault(year);
        overview = overviews.overview(year);
    }

    public void finaliseReady() {
        try {
            int n = cycle.finaliseReady(year);
            FacesMessages.info("cycle.finalised", n);
            overview = overviews.overview(year);
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public void recordCommission() {
        act(() -> cycle.recordCommissionConclusion(year, commissionText), "cycle.commission.recorded");
    }

    public void dispatch() {
        act(() -> cycle.dispatchResults(year, instructions), "cycle.dispatched");
    }

    public void approveAkimReport() {
        act(() -> cycle.approveAkimReport(year, akimText), "cycle.akim.approved");
    }

    public void publish() {
        act(() -> cycle.publish(year), "cycle.published");
    }

    private void act(Runnable action, String doneKey) {
        FacesMessages.attempt(action, doneKey, () -> overview = overviews.overview(year));
    }

    /** The bodies the working body writes instructions to (¶52). */
    public List<BodyResult> getBodies() {
        if (bodies == null) {
            bodies = results.overview(year);
        }
        return bodies;
    }

    public boolean isEvaluator() {
        return TenantContext.writable() && (currentUser.has(Role.Names.PLANNING_BODY) || currentUser.has(Role.Names.BUDGET_BODY)
                || currentUser.has(Role.Names.AKIM_APPARATUS));
    }

    public boolean isCommissionMember() {
        return TenantContext.writable() && currentUser.has(Role.Names.COMMISSION_MEMBER) && overview.commissionSentAt() == null;
    }

    public boolean isWorkingBody() {
        return TenantContext.writable() && currentUser.has(Role.Names.COMMISSION_WORKING_BODY) && overview.commissionSentAt() != null
                && overview.resultsDispatchedAt() == null;
    }

    public boolean isAkim() {
        return TenantContext.writable() && currentUser.has(Role.Names.AKIM) && overview.commissionSentAt() != null
                && overview.akimSentAt() == null;
    }

    public boolean isPlanning() {
        return TenantContext.writable() && currentUser.has(Role.Names.PLANNING_BODY)
                && overview.commissionSentAt() != null && overview.publishedAt() == null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public CycleOverview getOverview() {
        return overview;
    }

    public String getCommissionText() {
        return commissionText;
    }

    public void setCommissionText(String commissionText) {
        this.commissionText = commissionText;
    }

    public String getAkimText() {
        return akimText;
    }

    public void setAkimText(String akimText) {
        this.akimText = akimText;
    }

    public Map<Long, String> getInstructions() {
        return instructions;
    }
}
