/**
 * The registry pages (list, detail, edit, status, import), {@code /api/v1/bodies}, and the region list with
 * one region's registry for the ministry and the platform administrator ({@code /api/v1/tenants}).
 */
package kz.bagalau.registry.web;
