/**
 * The administration's pages: the region administrator's users and the platform administrator's regions. Each
 * page exists only for its role; anyone else gets a 404.
 */
package kz.bagalau.administration.web;
