/**
 * Test support: the deployment every Arquillian test class uses (the real portal WAR), a caller helper that
 * logs in through the portal's own authentication mechanism, and direct JDBC as the application role for
 * checking row-level security under the ORM.
 */
package kz.bagalau.testsupport;
