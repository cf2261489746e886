/**
 * Registering, editing, reorganising and importing bodies (all-or-nothing, with a per-row error report),
 * each change audited; the DTOs pages and the API read.
 */
package kz.bagalau.registry.application;
