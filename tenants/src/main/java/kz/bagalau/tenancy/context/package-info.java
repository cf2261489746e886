/**
 * Which tenant the current unit of work belongs to. Set once per request from the authenticated user (or
 * explicitly by a job or an authorised cross-tenant call) and cleared in {@code finally}; absent means no
 * tenant data at all, never a default tenant.
 */
package kz.bagalau.tenancy.context;
