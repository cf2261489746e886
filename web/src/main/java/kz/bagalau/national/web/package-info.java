/**
 * The ministry's national pages and API: the progress board of all regions, read from the national read model,
 * and the platform administrator's rebuild of that model.
 */
package kz.bagalau.national.web;
