/**
 * Platform: what the whole deployment needs before any bounded context can work, namely the data sources,
 * the schema migrations, the region catalogue upsert, the demo data and the clock.
 */
package kz.bagalau.platform;
