-- The national read model (¶53, ¶11): what the central ministry sees across the 20 regions, kept by listeners of
-- the regional domain events in the same transaction as the regional change. Each region writes only its own
-- rows (the usual tenant_isolation policy, with check on app_tenant()); across regions the rows are readable
-- only in a transaction that set the national scope (app.national = 'on'), which only the ministry's read
-- services and the scheduler's national firing set, and which they set together with transaction_read_only.

-- Whether the current transaction reads in the national scope. A reused pooled connection reads '' after a
-- transaction-local setting ended, so anything but 'on' is "no" (fail closed).
create function app_national() returns boolean
    language sql stable
as $$ select coalesce(current_setting('app.national', true), '') = 'on' $$;

-- One region's year: reporting rates as DHIS2 counts them (bodies expected, submitted, on time), how far the
-- directions got, and the results once scored.
create table national_region_year (
    tenant_id            varchar(40) not null references tenant (code),
    year                 integer     not null check (year between 2010 and 2100),
    bodies_expected      integer     not null check (bodies_expected >= 0),
    bodies_submitted     integer     not null check (bodies_submitted between 0 and bodies_expected),
    bodies_on_time       integer     not null check (bodies_on_time between 0 and bodies_submitted),
    directions_total     integer     not null check (directions_total >= 0),
    directions_concluded integer     not null check (directions_concluded between 0 and directions_total),
    directions_final     integer     not null check (directions_final between 0 and directions_total),
    bodies_scored        integer     not null check (bodies_scored between 0 and bodies_expected),
    mean_total           numeric(6, 2) check (mean_total between 0 and 100),
    rating_high          integer     not null,
    rating_medium        integer     not null,
    rating_low           integer     not null,
    rating_ineffective   integer     not null,
    updated_at           timestamptz not null,
    primary key (tenant_id, year)
);

-- One region-wide step of a region's year: its deadline (the date in the region and the instant it ends), when
-- the region completed it, and the region-wide extension granted, if any. Whether it is on time, late or missed
-- is read against these instants and the clock, so a deadline passing needs no write.
create table national_region_step (
    tenant_id      varchar(40) not null,
    year           integer     not null,
    step           varchar(24) not null,
    deadline       date        not null,
    ends_at        timestamptz not null,
    done_at        timestamptz,
    extended_until date,
    primary key (tenant_id, year, step),
    foreign key (tenant_id, year) references national_region_year (tenant_id, year) on delete cascade
);

-- One direction of a region's year: how many bodies have a score on it and their mean (the heatmap's cell).
create table national_region_direction (
    tenant_id  varchar(40)   not null,
    year       integer       not null,
    direction  smallint      not null check (direction between 1 and 7),
    scored     integer       not null check (scored >= 0),
    mean_score numeric(6, 2) check (mean_score between 0 and 100),
    primary key (tenant_id, year, direction),
    foreign key (tenant_id, year) references national_region_year (tenant_id, year) on delete cascade
);

call enable_tenant_isolation('national_region_year');
call enable_tenant_isolation('national_region_step');
call enable_tenant_isolation('national_region_direction');
create policy national_reads on national_region_year for select using (app_national());
create policy national_reads on national_region_step for select using (app_national());
create policy national_reads on national_region_direction for select using (app_national());

grant select, insert, update, delete on national_region_year, national_region_step, national_region_direction
    to ${app_role};
