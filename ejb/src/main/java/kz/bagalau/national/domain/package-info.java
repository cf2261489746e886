/**
 * The national read model's shapes and rules: a region's year in figures (reporting rates, how far its
 * directions got, its results) and each region-wide step with its deadline and completion, whose status
 * (on time, late, missed, open) is read against the clock, so a deadline passing needs no write.
 */
package kz.bagalau.national.domain;
