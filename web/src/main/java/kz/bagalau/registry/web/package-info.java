/** The registry pages (list, detail, edit, status, import) and {@code /api/v1/bodies}. */
package kz.bagalau.registry.web;
