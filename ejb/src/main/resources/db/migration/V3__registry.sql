-- The registry of executive bodies per tenant: evaluated bodies (regional departments, district and
-- city-of-oblast-significance akimats), among them the state planning body and the budget execution body,
-- which are evaluated too (¶22, ¶29). Status, date and legal successor serve ¶60-1..¶60-3.

create table executive_body (
    id                 bigserial primary key,
    tenant_id          varchar(40)  not null references tenant (code),
    code               varchar(40)  not null check (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    name_kk            varchar(300) not null check (btrim(name_kk) <> ''),
    name_ru            varchar(300) not null check (btrim(name_ru) <> ''),
    name_en            varchar(300) not null check (btrim(name_en) <> ''),
    type               varchar(30)  not null check (type in ('REGIONAL_DEPARTMENT', 'DISTRICT_AKIMAT', 'CITY_AKIMAT')),
    evaluator_function varchar(30)  not null default 'NONE'
                           check (evaluator_function in ('NONE', 'STATE_PLANNING', 'BUDGET_EXECUTION')),
    status             varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'REORGANISED', 'LIQUIDATED')),
    status_date        date,
    successor_id       bigint,
    head_name          varchar(200),
    email              varchar(200),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    version            bigint       not null default 0,
    unique (tenant_id, code),
    unique (tenant_id, id),
    -- An active body has no status date; a reorganised or liquidated one has the date it happened.
    check ((status = 'ACTIVE') = (status_date is null)),
    check (successor_id is null or status <> 'ACTIVE'),
    check (successor_id is null or successor_id <> id),
    -- The successor lives in the same region: the key includes the tenant.
    foreign key (tenant_id, successor_id) references executive_body (tenant_id, id)
);
-- One state planning body and one budget execution body per region (¶10).
create unique index executive_body_one_planning on executive_body (tenant_id)
    where evaluator_function = 'STATE_PLANNING' and status = 'ACTIVE';
create unique index executive_body_one_budget on executive_body (tenant_id)
    where evaluator_function = 'BUDGET_EXECUTION' and status = 'ACTIVE';

call enable_tenant_isolation('executive_body');
grant select, insert, update, delete on executive_body to ${app_role};
grant usage on sequence executive_body_id_seq to ${app_role};

alter table app_user add foreign key (tenant_id, body_id) references executive_body (tenant_id, id);
