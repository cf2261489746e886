package kz.bagalau.national.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.bagalau.shared.time.NationalTime;

/**
 * Which region is likely to miss its next deadline (¶6, ¶7), by a rule simple enough to explain to a region:
 * take the region's next open step; where the step is many acts (bodies reporting, directions concluded or made
 * final) compare the share done with the share of the step's window already gone — the window runs from the
 * previous step's deadline (for reporting, from 1 January of the evaluation year) to this one.
 * <ul>
 * Where the region's last year is known, the share done is also set against the share the region had reached at
 * the same point of last year's cycle (the same moment one year earlier, read from last year's paces to the tenth).
 * <ul>
 *   <li>HIGH: the share done trails the time gone by more than 25 points, or trails last year's same point by more
 *       than 25 points, or three days or less are left and less than 90 % is done; for a single act (the general
 *       evaluation, the commission, the akim's report), seven days or less are left and the step before it is not
 *       done yet.</li>
 *   <li>MEDIUM: the share done trails the time gone, or trails last year's same point by more than 10 points; for a
 *       single act, seven days or less are left.</li>
 *   <li>LOW: otherwise.</li>
 * </ul>
 */
public final class DeadlineRisk {

    /** How likely the region is to miss the step. */
    public enum Level { LOW, MEDIUM, HIGH }

    /**
     * The assessment: the step, the level, the share done and the share of time gone (0-1), days left, and the share
     * the region had done at the same point last year (null where last year is unknown or the step is one act).
     */
    public record Assessment(String step, Level level, BigDecimal done, BigDecimal timeGone, long daysLeft,
                             BigDecimal lastYear) {
    }

    private static final BigDecimal LAG = new BigDecimal("0.25");
    private static final BigDecimal BEHIND_LAST_YEAR = new BigDecimal("0.10");
    private static final BigDecimal NEARLY = new BigDecimal("0.90");

    private DeadlineRisk() {
    }

    /** The assessment of the region's next open step at {@code now}, without last year; empty when none is open. */
    public static Optional<Assessment> assess(List<RegionStep> stepsInOrder, RegionProgress progress, Instant now) {
        return assess(stepsInOrder, progress, List.of(), now);
    }

    /**
     * The assessment of the region's next open step at {@code now}, against the region's paces of last year
     * ({@code lastYear}, any order; empty when unknown); empty when no step is open.
     */
    public static Optional<Assessment> assess(List<RegionStep> stepsInOrder, RegionProgress progress,
                                              List<RegionPace> lastYear, Instant now) {
        for (int i = 0; i < stepsInOrder.size(); i++) {
            RegionStep step = stepsInOrder.get(i);
            if (step.status(now) != StepStatus.OPEN) {
                continue;
            }
            long daysLeft = Math.max(0, (Duration.between(now, step.endsAt()).toHours() + 23) / 24);
            Optional<BigDecimal> done = share(step.step(), progress);
            if (done.isEmpty()) {
                boolean before = i == 0 || stepsInOrder.get(i - 1).doneAt() != null;
                Level level = daysLeft > 7 ? Level.LOW : before ? Level.MEDIUM : Level.HIGH;
                return Optional.of(new Assessment(step.step(), level, BigDecimal.ZERO, null, daysLeft, null));
            }
            Instant start = i == 0 ? step.endsAt().minus(Duration.ofDays(365))
                    : step.step().equals("REPORTING")
                    ? LocalDate.of(step.year() + 1, 1, 1).atStartOfDay(NationalTime.ZONE).toInstant()
                    : stepsInOrder.get(i - 1).endsAt();
            BigDecimal gone = timeGone(start, step.endsAt(), now);
            BigDecimal last = lastYearAt(step.step(), lastYear, now);
            BigDecimal behind = last == null ? BigDecimal.ZERO : last.subtract(done.get());
            Level level = done.get().compareTo(gone.subtract(LAG)) < 0 || behind.compareTo(LAG) > 0
                    || daysLeft <= 3 && done.get().compareTo(NEARLY) < 0 ? Level.HIGH
                    : done.get().compareTo(gone) < 0 || behind.compareTo(BEHIND_LAST_YEAR) > 0 ? Level.MEDIUM
                    : Level.LOW;
            return Optional.of(new Assessment(step.step(), level, done.get(), gone, daysLeft, last));
        }
        return Optional.empty();
    }

    /**
     * The share of the step the region had done at the same point of last year's cycle (one year before
     * {@code now}, in the capital's calendar): the tenths reached by then; null when last year has no pace for it.
     */
    static BigDecimal lastYearAt(String step, List<RegionPace> lastYear, Instant now) {
        List<RegionPace> paces = lastYear.stream().filter(p -> p.step().equals(step)).toList();
        if (paces.isEmpty()) {
            return null;
        }
        Instant samePoint = now.atZone(NationalTime.ZONE).minusYears(1).toInstant();
        long reached = paces.stream().filter(p -> !p.reachedAt().isAfter(samePoint)).count();
        return BigDecimal.valueOf(reached).divide(BigDecimal.TEN, 3, RoundingMode.HALF_UP);
    }

    /** The share done of a step of many acts; empty for a step that is one act. */
    static Optional<BigDecimal> share(String step, RegionProgress p) {
        return switch (step) {
            case "REPORTING" -> Optional.of(ratio(p.bodiesSubmitted(), p.bodiesExpected()));
            case "CONCLUSIONS" -> Optional.of(ratio(p.directionsConcluded(), p.directionsTotal()));
            case "CORRECTED_CONCLUSIONS" -> Optional.of(ratio(p.directionsFinal(), p.directionsTotal()));
            default -> Optional.empty();
        };
    }

    private static BigDecimal ratio(int part, int whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    private static BigDecimal timeGone(Instant start, Instant end, Instant now) {
        long window = Duration.between(start, end).getSeconds();
        long gone = Duration.between(start, now).getSeconds();
        if (window <= 0) {
            return BigDecimal.ONE;
        }
        double share = Math.max(0, Math.min(1, (double) gone / window));
        return BigDecimal.valueOf(share).setScale(3, RoundingMode.HALF_UP);
    }
}
