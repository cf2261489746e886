/**
 * The pages of the deadlines context: the region's outbox and plan for its apparatus, and each user's calendar
 * feed of their own deadlines.
 */
package kz.bagalau.deadlines.web;
