/**
 * Tenancy: the 20 regions of Kazakhstan as tenants of one deployment. Every tenant-owned row carries the
 * tenant's code; this bounded context says which tenants exist and which one a piece of work belongs to.
 */
package kz.bagalau.tenancy;
