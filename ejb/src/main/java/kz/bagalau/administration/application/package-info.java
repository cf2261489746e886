/**
 * The administration's services: {@link kz.bagalau.administration.application.TenantAdministration} for the
 * platform administrator, {@link kz.bagalau.administration.application.RegionUserAdministration} for a region's
 * administrator, and the all-or-nothing plan of a user import.
 */
package kz.bagalau.administration.application;
