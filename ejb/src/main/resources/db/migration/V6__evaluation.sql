-- The evaluation of one body for one evaluated year (¶41-¶45), per direction, with the reported values,
-- their verification (¶42), evidence files (¶9.3-¶9.4), control inspections (¶43), document requests (¶44)
-- and the follow-up of earlier recommendations (¶45-1). All tenant-owned, all behind row-level security.

create table evaluation (
    id          bigserial primary key,
    tenant_id   varchar(40)  not null references tenant (code),
    year        integer      not null check (year between 2010 and 2100),
    body_id     bigint       not null,
    total_score numeric(6, 2) check (total_score between 0 and 100),
    rating      varchar(12) check (rating in ('HIGH', 'MEDIUM', 'LOW', 'INEFFECTIVE')),
    scored_at   timestamptz,
    created_at  timestamptz  not null,
    version     bigint       not null default 0,
    unique (tenant_id, year, body_id),
    unique (tenant_id, id),
    foreign key (tenant_id, body_id) references executive_body (tenant_id, id)
);

create table direction_evaluation (
    id             bigserial primary key,
    tenant_id      varchar(40) not null references tenant (code),
    evaluation_id  bigint      not null,
    direction      smallint    not null check (direction between 1 and 7),
    methodology_id bigint      not null references methodology (id),
    evaluator_role varchar(30) not null check (evaluator_role in ('PLANNING_BODY', 'BUDGET_BODY', 'AKIM_APPARATUS')),
    state          varchar(24) not null default 'DRAFT',
    score          numeric(6, 2) check (score between 0 and 100),
    scored_at      timestamptz,
    submitted_at   timestamptz,
    submitted_by   varchar(80),
    reopen_reason  text,
    reopened_at    timestamptz,
    reopened_by    varchar(80),
    version        bigint      not null default 0,
    unique (evaluation_id, direction),
    unique (tenant_id, id),
    foreign key (tenant_id, evaluation_id) references evaluation (tenant_id, id) on delete cascade
);
create index direction_evaluation_state on direction_evaluation (tenant_id, state);

create table indicator_value (
    id                      bigserial primary key,
    tenant_id               varchar(40) not null references tenant (code),
    direction_evaluation_id bigint      not null,
    indicator_id            bigint      not null references methodology_indicator (id),
    actual                  numeric(18, 4),
    target                  numeric(18, 4),
    inputs                  text,
    comment                 text,
    source_type             smallint    not null check (source_type between 1 and 8),
    verification            varchar(10) not null default 'PENDING'
                                check (verification in ('PENDING', 'ACCEPTED', 'CORRECTED', 'REJECTED')),
    verified_actual         numeric(18, 4),
    verified_target         numeric(18, 4),
    verification_reason     text,
    verified_by             varchar(80),
    verified_at             timestamptz,
    points                  numeric(10, 4),
    fraction                numeric(7, 6),
    updated_by              varchar(80),
    updated_at              timestamptz,
    version                 bigint      not null default 0,
    unique (direction_evaluation_id, indicator_id),
    unique (tenant_id, id),
    foreign key (tenant_id, direction_evaluation_id) references direction_evaluation (tenant_id, id) on delete cascade,
    -- A correction or a rejection always says why (¶42).
    check (verification not in ('CORRECTED', 'REJECTED') or coalesce(btrim(verification_reason), '') <> '')
);

-- File content, addressed by its SHA-256 inside the tenant: the same document uploaded twice is stored once,
-- and the backup of the database covers every file.
create table stored_file (
    tenant_id varchar(40) not null references tenant (code),
    sha256    char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    size      bigint      not null check (size >= 0),
    content   bytea       not null,
    primary key (tenant_id, sha256)
);

create table evidence_file (
    id                      bigserial primary key,
    tenant_id               varchar(40)  not null references tenant (code),
    direction_evaluation_id bigint       not null,
    indicator_value_id      bigint,
    purpose                 varchar(16)  not null check (purpose in ('EVIDENCE', 'INSPECTION', 'REQUEST_ANSWER', 'APPEAL')),
    file_name               varchar(255) not null,
    content_type            varchar(100) not null,
    size                    bigint       not null,
    sha256                  char(64)     not null,
    confidential            boolean      not null default false,
    uploaded_by             varchar(80)  not null,
    uploaded_at             timestamptz  not null,
    unique (tenant_id, id),
    foreign key (tenant_id, direction_evaluation_id) references direction_evaluation (tenant_id, id) on delete cascade,
    foreign key (tenant_id, indicator_value_id) references indicator_value (tenant_id, id) on delete cascade,
    foreign key (tenant_id, sha256) references stored_file (tenant_id, sha256)
);
create index evidence_file_value on evidence_file (indicator_value_id);
create index evidence_file_direction on evidence_file (direction_evaluation_id);

-- ¶45-1: what the body did on each instruction and recommendation of earlier evaluations.
create table followup_item (
    id           bigserial primary key,
    tenant_id    varchar(40) not null references tenant (code),
    body_id      bigint      not null,
    year         integer     not null,
    origin       varchar(16) not null check (origin in ('CONCLUSION', 'COMMISSION', 'AKIM')),
    origin_ref   varchar(200),
    direction    smallint check (direction between 1 and 7),
    text         text        not null,
    body_report  text,
    reported_by  varchar(80),
    reported_at  timestamptz,
    created_at   timestamptz not null,
    version      bigint      not null default 0,
    foreign key (tenant_id, body_id) references executive_body (tenant_id, id)
);
create index followup_item_body_year on followup_item (tenant_id, body_id, year);

-- ¶43: results of inspections by other control bodies, attached by the evaluator.
create table control_inspection (
    id                      bigserial primary key,
    tenant_id               varchar(40)  not null references tenant (code),
    direction_evaluation_id bigint       not null,
    control_body            varchar(300) not null,
    inspected_on            date         not null,
    summary                 text         not null,
    file_id                 bigint,
    recorded_by             varchar(80)  not null,
    recorded_at             timestamptz  not null,
    foreign key (tenant_id, direction_evaluation_id) references direction_evaluation (tenant_id, id) on delete cascade,
    foreign key (tenant_id, file_id) references evidence_file (tenant_id, id)
);

-- ¶44: a request for documents from the evaluator to the body, with its own due date.
create table document_request (
    id                      bigserial primary key,
    tenant_id               varchar(40) not null references tenant (code),
    direction_evaluation_id bigint      not null,
    text                    text        not null,
    due_date                date        not null,
    status                  varchar(10) not null default 'OPEN' check (status in ('OPEN', 'ANSWERED')),
    requested_by            varchar(80) not null,
    requested_at            timestamptz not null,
    answer                  text,
    answered_by             varchar(80),
    answered_at             timestamptz,
    version                 bigint      not null default 0,
    foreign key (tenant_id, direction_evaluation_id) references direction_evaluation (tenant_id, id) on delete cascade
);

do $$
declare
    t text;
begin
    foreach t in array array['evaluation', 'direction_evaluation', 'indicator_value', 'stored_file', 'evidence_file',
                             'followup_item', 'control_inspection', 'document_request'] loop
        execute format('call enable_tenant_isolation(%L)', t);
        execute format('grant select, insert, update, delete on %I to ${app_role}', t);
    end loop;
end
$$;
grant usage on sequence evaluation_id_seq, direction_evaluation_id_seq, indicator_value_id_seq, evidence_file_id_seq,
    followup_item_id_seq, control_inspection_id_seq, document_request_id_seq to ${app_role};
