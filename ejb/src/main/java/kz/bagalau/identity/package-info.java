/**
 * Identity: who may log in, into which region, in which roles, and how repeated failures lock an account.
 * Authentication happens before any tenant is known; the lookups it needs go through SECURITY DEFINER
 * functions so the application role still never reads another tenant's users.
 */
package kz.bagalau.identity;
