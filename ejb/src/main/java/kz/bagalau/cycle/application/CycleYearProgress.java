package kz.bagalau.cycle.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import kz.bagalau.cycle.domain.CycleRepository;
import kz.bagalau.cycle.domain.DirectionStage;
import kz.bagalau.evaluation.domain.YearProgress;

/** The stage a region's final results reached, from the cycle's record of its region-wide steps. */
@ApplicationScoped
public class CycleYearProgress implements YearProgress {

    @Inject
    private CycleRepository cycles;

    @Override
    public Optional<String> stageAfterFinal(int year) {
        return cycles.findCycle(year).map(DirectionStage::afterFinal)
                .filter(stage -> stage != DirectionStage.FINAL)
                .map(DirectionStage::name);
    }
}
