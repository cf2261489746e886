package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import kz.bagalau.cycle.application.AppealService;
import kz.bagalau.cycle.application.AppealView;
import kz.bagalau.cycle.application.CommissionCandidate;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.domain.NotFoundException;
import kz.bagalau.shared.web.FacesMessages;

/**
 * One appeal (¶55-¶59): what the body wrote and attached, the window and the decision date; the direction's
 * evaluator forms the special commission from candidates, those who took part in the evaluation shown and
 * refused (¶57); a member records the reasoned decision (¶58); an accepted appeal leads to the workspace,
 * where the evaluator issues the corrected conclusion (¶59).
 */
@Named
@ViewScoped
public class AppealBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AppealService appeals;

    @Inject
    private CurrentUser currentUser;

    private Long id;
    private AppealView appeal;
    private List<CommissionCandidate> candidates;
    private List<String> members = new ArrayList<>();
    private Boolean accepted;
    private String reasons;

    public void load() {
        if (id == null) {
            throw new NotFoundException("Appeal", "(none)");
        }
        appeal = appeals.get(id);
        candidates = null;
    }

    /** The candidates for the special commission; only the direction's evaluator gets them. */
    public List<CommissionCandidate> getCandidates() {
        if (candidates == null) {
            boolean evaluator = currentUser.has(Role.Names.PLANNING_BODY) || currentUser.has(Role.Names.BUDGET_BODY)
                    || currentUser.has(Role.Names.AKIM_APPARATUS);
            try {
                candidates = evaluator && appeal.awaitingCommission() ? appeals.candidates(id) : List.of();
            } catch (NotFoundException notTheDirectionsEvaluator) {
                candidates = List.of();
            }
        }
        return candidates;
    }

    public void formCommission() {
        act(() -> appeals.formCommission(id, members), "appeal.commissionFormed");
    }

    public void decide() {
        if (accepted == null) {
            FacesMessages.error("appeal.decision.required");
            return;
        }
        act(() -> appeals.decide(id, accepted, reasons), "appeal.decided");
    }

    private void act(Runnable action, String doneKey) {
        FacesMessages.attempt(action, doneKey, this::load);
    }

    public boolean isMember() {
        return appeal.awaitingDecision() && appeal.members().contains(currentUser.getUsername());
    }

    /** The decision's text in the reader's language: the automatic answer of ¶56 is a message key. */
    public String getDecisionText() {
        return appeal.decisionText(FacesMessages.locale());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AppealView getAppeal() {
        return appeal;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members;
    }

    public Boolean getAccepted() {
        return accepted;
    }

    public void setAccepted(Boolean accepted) {
        this.accepted = accepted;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
