/** JPA storage of cycles, calendars, appeals and publications. */
package kz.bagalau.cycle.infrastructure;
