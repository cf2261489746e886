-- Tenancy: the region registry and the helpers every tenant-owned table uses for row-level security.
-- Migrations run as the owner role; the application connects as ${app_role}, which owns nothing and has no
-- BYPASSRLS, so the policies below are the second wall behind EclipseLink's tenant discriminator.

-- The tenant of the current transaction, as set by set_config('app.tenant_id', code, true). A reused pooled
-- connection reads '' after a transaction-local setting ended, so '' counts as "no tenant" (fail closed).
create function app_tenant() returns text
    language sql stable
as $$ select nullif(current_setting('app.tenant_id', true), '') $$;

create table tenant (
    code      varchar(40) primary key check (code ~ '^[a-z][a-z0-9-]{1,39}$'),
    type      varchar(20)  not null check (type in ('OBLAST', 'REPUBLICAN_CITY', 'CAPITAL')),
    name_kk   varchar(200) not null,
    name_ru   varchar(200) not null,
    name_en   varchar(200) not null,
    centre_kk varchar(200) not null,
    centre_ru varchar(200) not null,
    centre_en varchar(200) not null,
    time_zone varchar(64)  not null
);
grant select on tenant to ${app_role};

-- Turns on both walls for a tenant-owned table: ENABLE + FORCE row-level security (FORCE so that not even the
-- owner reads across tenants by accident) and one policy for reads and writes on app_tenant().
create procedure enable_tenant_isolation(tbl regclass)
    language plpgsql
as $$
begin
    execute format('alter table %s enable row level security', tbl);
    execute format('alter table %s force row level security', tbl);
    execute format('create policy tenant_isolation on %s using (tenant_id = app_tenant()) '
                   'with check (tenant_id = app_tenant())', tbl);
end
$$;
