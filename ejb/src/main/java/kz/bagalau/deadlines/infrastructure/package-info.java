/**
 * Quartz (JDBC job store on the portal's PostgreSQL, clustered), Jakarta Mail over SMTP, Mustache templates,
 * iCalendar attachments through ical4j, and the JPA side of the plan and the outbox.
 */
package kz.bagalau.deadlines.infrastructure;
