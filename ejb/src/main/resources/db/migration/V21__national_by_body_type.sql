-- The ministry's results filtered by body type (issue 10): per region, year and type of body (regional department,
-- district akimat, city akimat) the bodies scored, their mean total and bands, and per direction the mean score.
-- Kept and rebuilt with the other national rows of the region-year, under the same walls.
create table national_region_type (
    tenant_id          varchar(40)   not null,
    year               integer       not null,
    body_type          varchar(30)   not null check (body_type in ('REGIONAL_DEPARTMENT', 'DISTRICT_AKIMAT', 'CITY_AKIMAT')),
    bodies             integer       not null check (bodies >= 0),
    bodies_scored      integer       not null check (bodies_scored between 0 and bodies),
    mean_total         numeric(6, 2) check (mean_total between 0 and 100),
    rating_high        integer       not null,
    rating_medium      integer       not null,
    rating_low         integer       not null,
    rating_ineffective integer       not null,
    primary key (tenant_id, year, body_type),
    foreign key (tenant_id, year) references national_region_year (tenant_id, year) on delete cascade
);

create table national_region_type_direction (
    tenant_id  varchar(40)   not null,
    year       integer       not null,
    body_type  varchar(30)   not null,
    direction  smallint      not null check (direction between 1 and 7),
    scored     integer       not null check (scored >= 0),
    mean_score numeric(6, 2) check (mean_score between 0 and 100),
    primary key (tenant_id, year, body_type, direction),
    foreign key (tenant_id, year) references national_region_year (tenant_id, year) on delete cascade
);

call enable_tenant_isolation('national_region_type');
call enable_tenant_isolation('national_region_type_direction');
create policy national_reads on national_region_type for select using (app_national());
create policy national_reads on national_region_type_direction for select using (app_national());
grant select, insert, update, delete on national_region_type, national_region_type_direction to ${app_role};
