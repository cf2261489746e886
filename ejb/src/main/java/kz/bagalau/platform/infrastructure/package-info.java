/**
 * Start-up of the deployment: two data sources (the application role for all work, the owner role for
 * migrations only), Flyway at start-up before anything touches the schema, and the demo data loader.
 */
package kz.bagalau.platform.infrastructure;
