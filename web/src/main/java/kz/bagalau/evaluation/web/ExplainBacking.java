package kz.bagalau.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kz.bagalau.evaluation.application.Explanation;
import kz.bagalau.evaluation.application.ResultsService;

/**
 * "Why this score": from a body's total to each direction and criterion, each indicator's figure, its source
 * (¶4), its documents and who verified it when (¶9.3-¶9.4). Another region's or body's evaluation is a 404.
 */
@Named
@RequestScoped
public class ExplainBacking {

    @Inject
    private ResultsService results;

    private Long id;
    private Explanation explanation;

    public void load() {
        if (id == null) {
            throw new kz.bagalau.shared.domain.NotFoundException("Evaluation", "(none)");
        }
        explanation = results.explain(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Explanation getExplanation() {
        return explanation;
    }
}
