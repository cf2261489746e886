/**
 * The database identity store for Jakarta Security (PBKDF2 hashes) and the JDBC gateway to the definer
 * functions that authentication needs.
 */
package kz.bagalau.identity.infrastructure;
