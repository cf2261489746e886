/**
 * The national read model in PostgreSQL: the region side writes its own rows under the tenant's row-level
 * security; the national side reads all regions only in a read-only transaction with the national scope set.
 */
package kz.bagalau.national.infrastructure;
