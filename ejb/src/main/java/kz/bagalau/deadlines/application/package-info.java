/**
 * The deadline work of one region at a time: planning on the schedule's approval, the sweep that fires what
 * fell due, who still has to act at each step, the reminders and escalations written to the outbox, and
 * the delivery of the outbox.
 */
package kz.bagalau.deadlines.application;
