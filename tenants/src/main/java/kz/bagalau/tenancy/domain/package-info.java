/**
 * The tenant registry's model: a region (oblast, city of republican significance or the capital) with its
 * stable code, names in the three languages and its IANA time zone (deadlines are end of day there).
 */
package kz.bagalau.tenancy.domain;
