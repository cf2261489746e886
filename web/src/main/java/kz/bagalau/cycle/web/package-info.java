/**
 * Pages and REST of the yearly cycle: the schedule, the working-day calendar, the cycle's progress and the
 * region-wide steps, the evaluator's workspace and the conclusion page (where a direction's evaluation meets
 * finalisation, receipt and appeal), appeals and re-checks, deadline breaches, and the public results (¶54).
 */
package kz.bagalau.cycle.web;
