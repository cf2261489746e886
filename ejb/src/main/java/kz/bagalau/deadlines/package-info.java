/**
 * Deadlines that run themselves (¶6, ¶62-¶64): the plan of each region-year's reminders and deadlines, the
 * clustered scheduler that fires them exactly once, the mail outbox that delivers what they cause, and the
 * in-app copy of every mail. It listens to the cycle's events and reads who still has to act; nothing in the
 * cycle or the evaluation knows it exists.
 */
package kz.bagalau.deadlines;
