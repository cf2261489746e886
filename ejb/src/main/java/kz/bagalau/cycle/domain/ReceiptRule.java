package kz.bagalau.cycle.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a body received a conclusion, for the appeal window (¶55). Documented choice: the day the body first
 * opened it, or at the latest the first working day after it was sent; the window ends on the fifth working
 * day after that.
 */
public final class ReceiptRule {

    public static final int APPEAL_DAYS = 5;
    public static final int DECISION_DAYS = 5;

    private ReceiptRule() {
    }

    public static LocalDate receipt(Instant sentAt, Instant openedAt, WorkingCalendar calendar, ZoneId zone) {
        LocalDate latest = calendar.nextWorkingDay(sentAt.atZone(zone).toLocalDate());
        if (openedAt == null) {
            return latest;
        }
        LocalDate opened = openedAt.atZone(zone).toLocalDate();
        return opened.isBefore(latest) ? opened : latest;
    }

    /** ¶55: the last day an appeal can be filed. */
    public static LocalDate appealWindowEnd(LocalDate receipt, WorkingCalendar calendar) {
        return calendar.addWorkingDays(receipt, APPEAL_DAYS);
    }

    /** ¶58: the last day of the decision on an appeal filed on {@code filed}. */
    public static LocalDate decisionDue(LocalDate filed, WorkingCalendar calendar) {
        return calendar.addWorkingDays(filed, DECISION_DAYS);
    }
}
