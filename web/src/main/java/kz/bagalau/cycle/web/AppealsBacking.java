package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.bagalau.cycle.application.AppealService;
import kz.bagalau.cycle.application.AppealView;
import kz.bagalau.cycle.application.RecheckService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The appeals of a year (¶55-¶59) and the working body's re-checks (¶60): a body sees its own appeals, the
 * region's staff all; the working body starts a re-check of one body's direction with a reason and closes it
 * with the outcome.
 */
@Named
@ViewScoped
public class AppealsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppealService appeals;

    @Inject
    private RecheckService rechecks;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears years;

    private Integer year;
    private List<AppealView> list;
    private List<RecheckService.RecheckView> recheckList;
    private List<Choice> recheckChoices;
    private Long recheckDirection;
    private String recheckReason;
    private Long closeId;
    private String outcome;

    public void load() {
        year = years.orDefault(year);
        list = appeals.list(year);
        recheckList = isStaff() ? rechecks.list(year) : List.of();
        recheckChoices = null;
    }

    public void startRecheck() {
        act(() -> rechecks.start(recheckDirection, recheckReason), "recheck.started");
    }

    public void closeRecheck() {
        act(() -> rechecks.close(closeId, outcome), "recheck.closedOk");
    }

    private void act(Runnable action, String doneKey) {
        FacesMessages.attempt(action, doneKey, this::load);
    }

    /** A body's direction the working body may re-check (¶60): concluded, not under appeal, not yet beyond the commission. */
    public record Choice(long directionEvaluationId, String label) {
    }

    /** Read once per load: JSF asks for the choices when rendering and again when validating the choice. */
    public List<Choice> getRecheckChoices() {
        if (recheckChoices == null) {
            recheckChoices = rechecks.candidates(year).stream()
                    .map(c -> new Choice(c.directionEvaluationId(), c.bodyCode() + " — " + c.direction())).toList();
        }
        return recheckChoices;
    }

    public boolean isStaff() {
        return !currentUser.has(Role.Names.EVALUATED_BODY) && !currentUser.has(Role.Names.EXPERT);
    }

    public boolean isWorkingBody() {
        return currentUser.has(Role.Names.COMMISSION_WORKING_BODY);
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<AppealView> getList() {
        return list;
    }

    public List<RecheckService.RecheckView> getRecheckList() {
        return recheckList;
    }

    public Long getRecheckDirection() {
        return recheckDirection;
    }

    public void setRecheckDirection(Long recheckDirection) {
        this.recheckDirection = recheckDirection;
    }

    public String getRecheckReason() {
        return recheckReason;
    }

    public void setRecheckReason(String recheckReason) {
        this.recheckReason = recheckReason;
    }

    public Long getCloseId() {
        return closeId;
    }

    public void setCloseId(Long closeId) {
        this.closeId = closeId;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
