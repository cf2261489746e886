/**
 * The yearly cycle (¶7, ¶8, ¶12, ¶13, ¶45-2..¶60-3): the region's schedule and its deadlines, the working-day
 * calendar, the state machine every body's direction moves through, appeals and re-checks, the general
 * evaluation, the commission, the akim's report and publication.
 */
package kz.bagalau.cycle;
