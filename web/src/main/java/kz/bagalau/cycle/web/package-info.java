/**
 * Pages and REST of the yearly cycle: the schedule, the working-day calendar, the cycle's progress and the
 * region-wide steps, appeals and re-checks, deadline breaches, and the public results page (¶54).
 */
package kz.bagalau.cycle.web;
