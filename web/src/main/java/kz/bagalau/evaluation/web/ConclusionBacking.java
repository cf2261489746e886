package kz.bagalau.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.bagalau.evaluation.application.ConclusionReport;
import kz.bagalau.evaluation.application.ConclusionService;
import kz.bagalau.evaluation.application.ConclusionView;

/** One conclusion version with its three parts (¶47) and its PDFs in the three languages. */
@Named
@RequestScoped
public class ConclusionBacking {

    @Inject
    private ConclusionService conclusions;

    private Long id;
    private ConclusionView conclusion;
    private ConclusionReport report;

    public void load() {
        if (id == null) {
            throw new kz.bagalau.shared.domain.NotFoundException("Conclusion", "(none)");
        }
        conclusion = conclusions.get(id);
        report = conclusions.reportOf(conclusion);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConclusionView getConclusion() {
        return conclusion;
    }

    public ConclusionReport getReport() {
        return report;
    }
}
