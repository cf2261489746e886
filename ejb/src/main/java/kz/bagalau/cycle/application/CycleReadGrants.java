package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.EvaluationCycle;
import kz.bagalau.evaluation.domain.NeedToKnow;
import kz.bagalau.evaluation.domain.ReadGrants;

/**
 * The cycle's records as grounds of need-to-know: running expert assignments (¶48), special commissions
 * (¶57), the general evaluation's submission (¶49) and publication (¶54). One query each, asked once per
 * service call.
 */
@ApplicationScoped
public class CycleReadGrants implements ReadGrants {

    @Inject
    private CycleRepository cycles;

    @Override
    public List<NeedToKnow.Assignment> expertAssignments(String expert, int year) {
        return cycles.experts(year).stream()
                .filter(x -> x.expert().equals(expert) && x.isRunning())
                .map(x -> new NeedToKnow.Assignment(x.bodyId(), x.direction())).toList();
    }

    @Override
    public Set<Long> specialCommissionDirections(String member, int year) {
        return cycles.specialCommissionDirections(member, year);
    }

    @Override
    public boolean generalSubmitted(int year) {
        return cycles.findCycle(year).map(EvaluationCycle::generalSubmittedAt).isPresent();
    }

    @Override
    public boolean published(int year) {
        return cycles.findCycle(year).map(EvaluationCycle::publishedAt).isPresent();
    }
}
