/**
 * The portal shell, above every context: layout (region, user, role, language), home page per role, error
 * handling for pages and the API, the REST application with its role filter, the audit log viewer and chain
 * check for the administrator, the demo clock and the readiness check.
 */
package kz.bagalau.platform.web;
