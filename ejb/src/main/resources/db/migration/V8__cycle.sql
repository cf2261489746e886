-- The yearly cycle (¶7, ¶8, ¶12, ¶13, ¶45-2..¶60-3): per region and evaluated year the schedule and each
-- step's record, extensions of deadlines, the working-day calendar, appeals, re-checks, experts' opinions,
-- notifications, and the public snapshot of published results.

create table evaluation_cycle (
    id                       bigserial primary key,
    tenant_id                varchar(40) not null references tenant (code),
    year                     integer     not null check (year between 2010 and 2100),
    schedule_status          varchar(10) not null default 'DRAFT' check (schedule_status in ('DRAFT', 'APPROVED')),
    reporting_deadline       date        not null,
    schedule_drafted_by      varchar(80) not null,
    schedule_drafted_at      timestamptz not null,
    schedule_approved_by     varchar(80),
    schedule_approved_at     timestamptz,
    general_assembled_by     varchar(80),
    general_assembled_at     timestamptz,
    general_submitted_by     varchar(80),
    general_submitted_at     timestamptz,
    commission_conclusion    text,
    commission_recorded_by   varchar(80),
    commission_sent_at       timestamptz,
    results_dispatched_by    varchar(80),
    results_dispatched_at    timestamptz,
    akim_report              text,
    akim_approved_by         varchar(80),
    akim_sent_at             timestamptz,
    published_by             varchar(80),
    published_at             timestamptz,
    version                  bigint      not null default 0,
    unique (tenant_id, year),
    check ((schedule_status = 'APPROVED') = (schedule_approved_at is not null))
);

create table deadline_extension (
    id         bigserial primary key,
    tenant_id  varchar(40) not null references tenant (code),
    year       integer     not null,
    step       varchar(30) not null,
    body_id    bigint,
    direction  smallint,
    appeal_id  bigint,
    until      date        not null,
    reason     text        not null check (btrim(reason) <> ''),
    granted_by varchar(80) not null,
    granted_at timestamptz not null,
    foreign key (tenant_id, body_id) references executive_body (tenant_id, id)
);
create index deadline_extension_year on deadline_extension (tenant_id, year, step);

create table calendar_day (
    id        bigserial primary key,
    tenant_id varchar(40)  not null references tenant (code),
    date      date         not null,
    kind      varchar(12)  not null check (kind in ('HOLIDAY', 'DAY_OFF', 'WORKING_DAY')),
    name_kk   varchar(200) not null,
    name_ru   varchar(200) not null,
    name_en   varchar(200) not null,
    unique (tenant_id, date)
);

create table appeal (
    id                      bigserial primary key,
    tenant_id               varchar(40)  not null references tenant (code),
    direction_evaluation_id bigint       not null,
    conclusion_id           bigint       not null,
    filed_by                varchar(80)  not null,
    filed_at                timestamptz  not null,
    text                    text         not null check (btrim(text) <> ''),
    documents               integer      not null default 0,
    status                  varchar(14)  not null
                                check (status in ('FILED', 'AUTO_ANSWERED', 'UNDER_REVIEW', 'ACCEPTED', 'REJECTED')),
    window_end              date         not null,
    decision_due            date         not null,
    commission_members      varchar(800),
    commission_formed_by    varchar(80),
    commission_formed_at    timestamptz,
    decision_reason         text,
    decided_by              varchar(80),
    decided_at              timestamptz,
    corrected_conclusion_id bigint,
    version                 bigint       not null default 0,
    unique (tenant_id, id),
    foreign key (tenant_id, direction_evaluation_id) references direction_evaluation (tenant_id, id),
    foreign key (tenant_id, conclusion_id) references conclusion (tenant_id, id),
    -- A decision (¶58) always gives its reasons.
    check (status not in ('ACCEPTED', 'REJECTED', 'AUTO_ANSWERED') or coalesce(btrim(decision_reason), '') <> '')
);
-- One appeal per body's direction and year (¶55).
create unique index appeal_one_per_direction on appeal (direction_evaluation_id);

create table recheck (
    id                      bigserial primary key,
    tenant_id               varchar(40) not null references tenant (code),
    direction_evaluation_id bigint      not null,
    reason                  text        not null check (btrim(reason) <> ''),
    resume_state            varchar(24) not null,
    status                  varchar(8)  not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    started_by              varchar(80) not null,
    started_at              timestamptz not null,
    outcome                 text,
    closed_by               varchar(80),
    closed_at               timestamptz,
    version                 bigint      not null default 0,
    foreign key (tenant_id, direction_evaluation_id) references direction_evaluation (tenant_id, id)
);

create table expert_assignment (
    id          bigserial primary key,
    tenant_id   varchar(40) not null references tenant (code),
    year        integer     not null,
    expert      varchar(80) not null,
    direction   smallint check (direction between 1 and 7),
    assigned_by varchar(80) not null,
    assigned_at timestamptz not null,
    opinion     text,
    opinion_at  timestamptz,
    version     bigint      not null default 0
);

create table notification (
    id         bigserial primary key,
    tenant_id  varchar(40) not null references tenant (code),
    username   varchar(80) not null,
    kind       varchar(40) not null,
    year       integer     not null,
    argument   varchar(400),
    created_at timestamptz not null,
    read_at    timestamptz
);
create index notification_user on notification (tenant_id, username, read_at);

do $$
declare
    t text;
begin
    foreach t in array array['evaluation_cycle', 'deadline_extension', 'calendar_day', 'appeal', 'recheck',
                             'expert_assignment', 'notification'] loop
        execute format('call enable_tenant_isolation(%L)', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end
$$;
grant usage on sequence evaluation_cycle_id_seq, deadline_extension_id_seq, calendar_day_id_seq, appeal_id_seq, recheck_id_seq,
    expert_assignment_id_seq, notification_id_seq to ${app_role};

-- The published results (¶54): public, read by anyone (the public page needs no login), written only by
-- the region's own transaction. Carries no confidential material: totals, ratings, direction scores.
create table publication (
    tenant_code  varchar(40) not null references tenant (code),
    year         integer     not null,
    published_at timestamptz not null,
    published_by varchar(80) not null,
    snapshot     text        not null,
    primary key (tenant_code, year)
);
alter table publication enable row level security;
alter table publication force row level security;
create policy public_read on publication for select using (true);
create policy own_region_writes on publication for insert with check (tenant_code = app_tenant());
grant select, insert on publication to ${app_role};

-- Evaluations of a year may note what ¶60-1..¶60-3 did with a reorganised or liquidated predecessor.
alter table evaluation add column predecessor_note text;

-- ¶46: when and by whom a direction's final conclusion was passed to the planning body.
alter table direction_evaluation add column finalised_at timestamptz, add column finalised_by varchar(80);

-- ¶60-2, ¶60-3: a reorganised or liquidated body's analysis or results reach its successor as follow-up items.
alter table followup_item drop constraint followup_item_origin_check;
alter table followup_item add constraint followup_item_origin_check
    check (origin in ('CONCLUSION', 'COMMISSION', 'AKIM', 'REORGANISATION'));
