package kz.bagalau.deadlines.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import kz.bagalau.cycle.domain.Deadlines;

/**
 * The firings of one deadline: reminders at the region's offsets (default 14, 7, 3 and 1 days before and the
 * morning of the day, ¶6 "mandatory observance"), each at {@link #MORNING} in the region's time zone, and the
 * deadline itself at the end of its day there, the instant after which the step is late.
 */
public final class TriggerPlan {

    /** When reminders go out, in the region's own time zone. */
    public static final LocalTime MORNING = LocalTime.of(9, 0);

    /** The default offsets in days before a deadline; 0 is the morning of the day. */
    public static final SortedSet<Integer> DEFAULT_OFFSETS = new TreeSet<>(List.of(14, 7, 3, 1, 0));

    private TriggerPlan() {
    }

    /** Every firing of the deadlines named per step, earliest first. */
    public static List<PlannedFiring> of(Map<String, LocalDate> deadlines, SortedSet<Integer> offsets, ZoneId zone) {
        List<PlannedFiring> out = new ArrayList<>();
        deadlines.forEach((step, day) -> out.addAll(ofOne(step, 0, day, offsets, zone)));
        out.sort(java.util.Comparator.comparing(PlannedFiring::dueAt).thenComparing(PlannedFiring::step));
        return out;
    }

    /** The firings of one deadline of {@code step} (about {@code subject}, or 0). */
    public static List<PlannedFiring> ofOne(String step, long subject, LocalDate day, SortedSet<Integer> offsets,
                                            ZoneId zone) {
        List<PlannedFiring> out = new ArrayList<>();
        for (int offset : offsets) {
            Instant due = day.minusDays(offset).atTime(MORNING).atZone(zone).toInstant();
            out.add(new PlannedFiring(step, TriggerKind.REMINDER, offset, subject, day, due));
        }
        out.add(new PlannedFiring(step, TriggerKind.DEADLINE, 0, subject, day, Deadlines.endOf(day, zone)));
        return out;
    }
}
