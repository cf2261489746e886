/**
 * What a deadline plan and a mail are, free of the scheduler and of SMTP: the firings of a region-year and their
 * instants, the outbox row and its retry rule, and the ports the application reaches the outside through.
 */
package kz.bagalau.deadlines.domain;
