package kz.bagalau.cycle.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kz.bagalau.cycle.application.BreachService;
import kz.bagalau.shared.web.EvaluationYears;

/** The deadline breaches of a year per body and person responsible (¶62-¶64), for the region's leadership. */
@Named
@ViewScoped
public class BreachesBacking implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BreachService breaches;

    @Inject
    private EvaluationYears years;

    private Integer year;
    private List<BreachService.Breach> list;

    public void load() {
        year = years.orDefault(year);
        list = breaches.list(year);
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
