/**
 * How the tenancy walls look on the web: anything outside the caller's region, or no region at all, answers
 * exactly like a record that does not exist ({@link kz.bagalau.tenancy.web.ErrorStatus}).
 */
package kz.bagalau.tenancy.web;
