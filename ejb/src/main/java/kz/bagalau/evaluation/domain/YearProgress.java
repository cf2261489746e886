package kz.bagalau.evaluation.domain;

import java.util.Optional;

/**
 * How far a region's year went once its directions were final: into the general evaluation, past the
 * commission, reported by the akim, published. Those steps are the cycle's; the evaluation only shows them
 * beside a final direction, so every page names the same stage.
 */
public interface YearProgress {

    /**
     * The stage the final results of {@code year} have reached ({@code INCLUDED}, {@code COMMISSION_CONCLUDED},
     * {@code REPORTED} or {@code PUBLISHED}), empty while the general evaluation has not gone to the commission.
     */
    Optional<String> stageAfterFinal(int year);
}
