-- The pace of a region's year (issue 10's deadline risk "against the same point of last year's cycle"): for each
-- step of many acts (bodies reporting, directions concluded, directions made final), the instant the region reached
-- each tenth of the acts (decile 1 = 10 %, 10 = all). A deadline risk compares this year's share done with the
-- share last year's same region had reached at the same point of its cycle, one year earlier. Kept and rebuilt
-- with the other national rows, under the same walls.
create table national_region_pace (
    tenant_id  varchar(40) not null,
    year       integer     not null,
    step       varchar(24) not null check (step in ('REPORTING', 'CONCLUSIONS', 'CORRECTED_CONCLUSIONS')),
    decile     smallint    not null check (decile between 1 and 10),
    reached_at timestamptz not null,
    primary key (tenant_id, year, step, decile),
    foreign key (tenant_id, year) references national_region_year (tenant_id, year) on delete cascade
);

call enable_tenant_isolation('national_region_pace');
create policy national_reads on national_region_pace for select using (app_national());
grant select, insert, update, delete on national_region_pace to ${app_role};
