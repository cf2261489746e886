package kz.bagalau.cycle.domain;

/**
 * What a calendar entry makes of a date: a public holiday, a day off moved from a holiday that fell on a
 * weekend or by a government transfer, or a weekend day made a working day by a transfer.
 */
public enum DayKind {
    HOLIDAY,
    DAY_OFF,
    WORKING_DAY
}
