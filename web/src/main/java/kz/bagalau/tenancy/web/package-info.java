/**
 * Resolving the region of each request from the authenticated user (never from a parameter), the
 * region list for the ministry and platform administrator, and their choice of a region to look into.
 */
package kz.bagalau.tenancy.web;
