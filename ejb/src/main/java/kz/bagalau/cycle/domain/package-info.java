/**
 * The cycle's rules as code: schedule steps and their fixed dates, working days and holidays, the appeal
 * with its windows (¶55-¶59), the special commission's conflict rule (¶57), reorganised bodies (¶60-1..¶60-3).
 */
package kz.bagalau.cycle.domain;
