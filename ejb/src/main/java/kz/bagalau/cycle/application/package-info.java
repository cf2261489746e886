/**
 * The cycle's services, one per actor of the Rules: the planning body and the akim (schedule, general
 * evaluation, publication), the evaluators (finalising, appeal decisions), the bodies (appeals), the
 * commission and its working body, and the deadline guard every step passes through.
 */
package kz.bagalau.cycle.application;
