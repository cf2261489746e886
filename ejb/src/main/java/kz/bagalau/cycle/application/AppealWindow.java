package kz.bagalau.cycle.application;

import java.time.LocalDate;

/**
 * The appeal window of one direction (¶55): the receipt of the conclusion, the last day to appeal, whether
 * the caller can still file, and the appeal filed, if any.
 */
public record AppealWindow(boolean concluded, LocalDate receipt, LocalDate windowEnd, boolean open, Long appealId) {

    static AppealWindow none() {
        return new AppealWindow(false, null, null, false, null);
    }
}
