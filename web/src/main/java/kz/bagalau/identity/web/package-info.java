/**
 * Authentication for pages (JSF form login with a session) and for the REST API (HTTP Basic on every
 * request), both against the database identity store; the current user for the rest of the request; and the
 * request's region, resolved once from that user and never from a parameter.
 */
package kz.bagalau.identity.web;
