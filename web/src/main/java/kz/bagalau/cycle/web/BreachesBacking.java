package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.bagalau.cycle.application.BreachService;
import kz.bagalau.cycle.application.LiabilityService;
import kz.bagalau.identity.domain.Role;
import kz.bagalau.identity.web.CurrentUser;
import kz.bagalau.shared.web.EvaluationYears;
import kz.bagalau.shared.web.FacesMessages;
import kz.bagalau.tenancy.context.TenantContext;

/**
 * The deadline breaches of a year per body and person responsible (¶62-¶64), each reader seeing those the
 * need-to-know matrix opens; the commission's working body chooses breaches and sends the akim a proposal on
 * the liability of the officials concerned (¶66).
 */
@Named
@ViewScoped
public class BreachesBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BreachService breaches;

    @Inject
    private EvaluationYears years;

    @Inject
    private LiabilityService liability;

    @Inject
    private CurrentUser currentUser;

    private Integer year;
    private List<BreachService.Breach> list;
    private List<LiabilityService.ProposalView> proposals;
    private final Map<String, Boolean> chosen = new HashMap<>();
    private String officials;
    private String grounds;

    public void load() {
        year = years.orDefault(year);
        list = breaches.list(year);
        proposals = liability.list(year);
    }

    /** ¶66: sends the proposal on the chosen breaches to the akim. */
    public void propose() {
        List<String> keys = chosen.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (FacesMessages.attempt(() -> liability.propose(year, officials, grounds, keys), "liability.proposed",
                () -> proposals = liability.list(year))) {
            chosen.clear();
            officials = null;
            grounds = null;
        }
    }

    public String key(BreachService.Breach b) {
        return LiabilityService.key(b);
    }

    /** Whether the reader is the commission's working body, who may propose (¶66). */
    public boolean isProposer() {
        return currentUser.has(Role.Names.COMMISSION_WORKING_BODY) && TenantContext.writable();
    }

    public List<LiabilityService.ProposalView> getProposals() {
        return proposals;
    }

    public Map<String, Boolean> getChosen() {
        return chosen;
    }

    public String getOfficials() {
        return officials;
    }

    public void setOfficials(String officials) {
        this.officials = officials;
    }

    public String getGrounds() {
        return grounds;
    }

    public void setGrounds(String grounds) {
        this.grounds = grounds;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public List<BreachService.Breach> getList() {
        return list;
    }
}
