package kz.bagalau.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.stream.IntStream;
import kz.bagalau.shared.time.NationalTime;

/**
 * The evaluated years pages offer. The year of an evaluation is the evaluated year Y, its campaign runs in
 * Y+1; so the default is last year, the one whose cycle is under way or just finished.
 */
@Named
@ApplicationScoped
public class EvaluationYears {

    @Inject
    private Clock clock;

    public int getDefaultYear() {
        return Year.now(clock.withZone(NationalTime.ZONE)).getValue() - 1;
    }

    /** From two years back to the current calendar year (its evaluation starts after it ends). */
    public List<Integer> getChoices() {
        int current = Year.now(clock.withZone(NationalTime.ZONE)).getValue();
        return IntStream.rangeClosed(current - 3, current).boxed().sorted(java.util.Comparator.reverseOrder()).toList();
    }

    public int orDefault(Integer year) {
        return year == null ? getDefaultYear() : year;
    }
}
