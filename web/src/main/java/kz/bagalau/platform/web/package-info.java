/**
 * The portal shell: layout (region, user, role, language), home page per role, localized texts, error
 * handling that answers 404 for anything outside the caller's region, the REST application with its role
 * filter and error mappers, and the readiness check.
 */
package kz.bagalau.platform.web;
