/** Methodology pages (reading for everyone, authoring for the ministry) and {@code /api/v1/methodologies}. */
package kz.bagalau.methodology.web;
