/**
 * The two walls around tenant data: the EclipseLink tenant discriminator and PostgreSQL row-level security,
 * both bound once per transaction by {@link kz.bagalau.tenancy.infrastructure.TenantEntityManager}; and the
 * loader of the region catalogue from {@code tenants/regions.csv}.
 */
package kz.bagalau.tenancy.infrastructure;
