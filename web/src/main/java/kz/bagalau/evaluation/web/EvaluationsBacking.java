package kz.bagalau.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import kz.bagalau.evaluation.application.EvaluationSetup;
import kz.bagalau.evaluation.application.QueueRow;
import kz.bagalau.evaluation.application.VerificationService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.domain.RuleViolation;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;

/**
 * The evaluator's queue: every body's direction of the year routed to the caller's role (¶10), with state,
 * values still to verify and score; and, for the apparatus and the planning body, opening the year.
 */
@Named
@ViewScoped
public class EvaluationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private VerificationService verification;

    @Inject
    private EvaluationSetup setup;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private EvaluationYears years;

    private Integer year;
    private List<QueueRow> rows;

    public void load() {
        year = years.orDefault(year);
        rows = verification.queue(year);
    }

    public boolean isCanOpenYear() {
        return currentUser.has(Role.Names.AKIM_APPARATUS) || currentUser.has(Role.Names.PLANNING_BODY);
    }

    public void openYear() {
        try {
            int opened = setup.openYear(year);
            FacesMessages.info("evaluation.yearOpened", opened, year);
            load();
        } catch (RuleViolation e) {
            FacesMessages.refused(e);
        }
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<QueueRow> getRows() {
        return rows;
    }
}
