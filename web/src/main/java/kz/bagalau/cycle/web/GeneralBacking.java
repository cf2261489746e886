package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import kz.bagalau.cycle.application.GeneralEvaluation;
import kz.bagalau.cycle.application.GeneralEvaluationService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The general evaluation page (¶12, ¶48, ¶49): the ranking of the region's bodies; the planning body assembles
 * it, invites experts and submits it to the commission; an expert reads the assigned part and writes an opinion.
 */
@Named
@ViewScoped
public class GeneralBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private GeneralEvaluationService general;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears years;

    private Integer year;
    private GeneralEvaluation evaluation;
    private String expert;
    private Long expertBody;
    private Integer expertDirection;
    private final Map<Long, String> opinions = new HashMap<>();

    public void load() {
        year = years.orDefault(year);
        evaluation = general.view(year);
        evaluation.opinions().forEach(o -> opinions.putIfAbsent(o.assignmentId(), o.text()));
    }

    public void assemble() {
        act(() -> general.assemble(year), "general.assembled");
    }

    public void invite() {
        act(() -> general.inviteExpert(year, expert, expertBody, expertDirection), "general.expertInvited");
    }

    /** ¶48: the planning body ends an expert's assignment. */
    public void endAssignment(long assignmentId) {
        act(() -> general.endExpertAssignment(assignmentId), "general.assignmentEndedNow");
    }

    /** The code and name of a body of the ranking, for an assignment to one body. */
    public String bodyName(long bodyId) {
        return evaluation.lines().stream().map(l -> l.result().body()).filter(b -> b.id() == bodyId)
                .map(b -> b.code() + " — " + b.name(FacesMessages.locale())).findFirst().orElse(String.valueOf(bodyId));
    }

    public void writeOpinion(long assignmentId) {
        act(() -> general.writeOpinion(assignmentId, opinions.get(assignmentId)), "general.opinionSaved");
    }

    public void submit() {
        act(() -> general.submit(year), "general.submitted");
    }

    private void act(Runnable action, String doneKey) {
        FacesMessages.attempt(action, doneKey, () -> evaluation = general.view(year));
    }

    public boolean isPlanning() {
        return currentUser.has(Role.Names.PLANNING_BODY) && evaluation.submittedAt() == null
                && TenantContext.writable();
    }

    public boolean isExpert() {
        return currentUser.has(Role.Names.EXPERT) && evaluation.submittedAt() == null;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public GeneralEvaluation getEvaluation() {
        return evaluation;
    }

    public String getExpert() {
        return expert;
    }

    public void setExpert(String expert) {
        this.expert = expert;
    }

    public Long getExpertBody() {
        return expertBody;
    }

    public void setExpertBody(Long expertBody) {
        this.expertBody = expertBody;
    }

    public Integer getExpertDirection() {
        return expertDirection;
    }

    public void setExpertDirection(Integer expertDirection) {
        this.expertDirection = expertDirection;
    }

    public Map<Long, String> getOpinions() {
        return opinions;
    }
}
