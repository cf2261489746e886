package kz.bagalau.deadlines.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current region's planned firings. */
public interface DeadlineTriggerRepository {

    /** Every row of the year's plan, whatever its status. */
    List<DeadlineTrigger> ofYear(int year);

    /** Years of the region with a plan. */
    List<Integer> plannedYears();

    /**
     * Replaces the PLANNED rows of {@code year} (of the given steps, or all when empty) by {@code firings};
     * rows already done or skipped stay, and a firing equal to one of them is not planned again.
     * @return how many rows were planned
     */
    int replacePlanned(int year, List<String> steps, List<PlannedFiring> firings, Instant now);

    /**
     * Replaces the PLANNED rows of one subject of {@code step} (an appeal, a request) by {@code firings}; rows
     * already done or skipped stay.
     */
    int replacePlannedOf(int year, String step, long subject, List<PlannedFiring> firings, Instant now);

    /** Ids of the planned firings due at {@code now}, earliest first. */
    List<Long> dueIds(Instant now, int limit);

    /** The planned firing {@code id}, locked for this transaction; empty if another node holds or did it. */
    Optional<DeadlineTrigger> lockPlanned(long id);

    /**
     * The clock was moved to {@code movedTo}: planned firings due before it were jumped over and are skipped;
     * skipped ones at or after it are planned again.
     * @return rows changed
     */
    int rebase(Instant movedTo);

    /**
     * Holds the region's plan for the rest of the transaction against other sweeps preparing it: planning and
     * rebasing update many rows, and two nodes doing so at once in different orders would deadlock.
     */
    void holdPlan();

    /** The next planned firings of the region, soonest first. */
    List<DeadlineTrigger> upcoming(int limit);
}
