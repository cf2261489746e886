-- Need-to-know (¶48, ¶65): an expert is assigned to one body or all, one direction or all, and only until
-- the planning body ends the assignment; a reader's rights follow the running assignments.
alter table expert_assignment
    add column body_id    bigint,
    add column revoked_by varchar(80),
    add column revoked_at timestamptz,
    add foreign key (tenant_id, body_id) references executive_body (tenant_id, id);

-- ¶64: the first heads of the evaluators' responsible units answer for following the methodologies and the
-- schedule's deadlines. One unit per evaluator and direction (or for all its directions); a breach of an
-- evaluator's step names the head of the unit responsible for that direction.
create table evaluator_unit (
    id             bigserial primary key,
    tenant_id      varchar(40)  not null references tenant (code),
    evaluator_role varchar(30)  not null check (evaluator_role in ('PLANNING_BODY', 'BUDGET_BODY', 'AKIM_APPARATUS')),
    direction      smallint check (direction between 1 and 7),
    name_kk        varchar(300) not null,
    name_ru        varchar(300) not null,
    name_en        varchar(300) not null,
    head_name      varchar(200) not null,
    version        bigint       not null default 0,
    unique (tenant_id, evaluator_role, direction)
);
call enable_tenant_isolation('evaluator_unit');
grant select, insert, update, delete on evaluator_unit to ${app_role};
grant usage on sequence evaluator_unit_id_seq to ${app_role};

-- ¶66: where the Rules were broken, the commission's working body may put forward a proposal on the liability
-- of the officials concerned; it rests on recorded breaches and goes to the akim. Kept as sent, never changed.
create table liability_proposal (
    id          bigserial primary key,
    tenant_id   varchar(40)  not null references tenant (code),
    year        integer      not null,
    officials   text         not null check (btrim(officials) <> ''),
    grounds     text         not null check (btrim(grounds) <> ''),
    breaches    text         not null check (btrim(breaches) <> ''),
    proposed_by varchar(80)  not null,
    proposed_at timestamptz  not null,
    version     bigint       not null default 0
);
call enable_tenant_isolation('liability_proposal');
grant select, insert on liability_proposal to ${app_role};
grant usage on sequence liability_proposal_id_seq to ${app_role};

-- ¶11: the central ministry's methodological guidance: documents it publishes in Kazakh, Russian or English,
-- which every region reads beside the methodologies. National, like the methodologies: no tenant, no
-- row-level security; only the ministry's service writes, and a published document is only ever withdrawn.
create table guidance_document (
    id           bigserial primary key,
    language     varchar(2)   not null check (language in ('kk', 'ru', 'en')),
    title        varchar(300) not null check (btrim(title) <> ''),
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint       not null check (size > 0),
    published_by varchar(80)  not null,
    published_at timestamptz  not null,
    withdrawn_by varchar(80),
    withdrawn_at timestamptz,
    version      bigint       not null default 0
);
-- The file itself, apart, so that listing the documents never reads their content.
create table guidance_content (
    document_id bigint primary key references guidance_document (id),
    content     bytea  not null
);
grant select, insert, update on guidance_document to ${app_role};
grant select, insert on guidance_content to ${app_role};
grant usage on sequence guidance_document_id_seq to ${app_role};

-- ¶43: an inspection result of another control body is attached to the figures it affects (indicator value ids,
-- comma-separated, all of the inspection's direction), so "why this score" shows it beside them.
alter table control_inspection add column value_ids varchar(4000);

-- ¶44: evaluators may request information and documents from the evaluated body and from other executive
-- bodies of the region; null addressee means the evaluated body itself.
alter table document_request
    add column addressee_body_id bigint,
    add foreign key (tenant_id, addressee_body_id) references executive_body (tenant_id, id);

-- ¶60-2: a body reorganised or liquidated in the second half of the year is not evaluated; the evaluator of each
-- direction analyses its work within the successor's evaluation, and the analysis's recommendations go to the
-- successor when the successor's conclusion on that direction is sent.
create table predecessor_analysis (
    id                      bigserial primary key,
    tenant_id               varchar(40)  not null references tenant (code),
    direction_evaluation_id bigint       not null,
    predecessor_code        varchar(40)  not null,
    analysis                text         not null check (btrim(analysis) <> ''),
    recommendations         text         not null check (btrim(recommendations) <> ''),
    recorded_by             varchar(80)  not null,
    recorded_at             timestamptz  not null,
    version                 bigint       not null default 0,
    unique (direction_evaluation_id, predecessor_code),
    foreign key (tenant_id, direction_evaluation_id) references direction_evaluation (tenant_id, id) on delete cascade
);
call enable_tenant_isolation('predecessor_analysis');
grant select, insert, update on predecessor_analysis to ${app_role};
grant usage on sequence predecessor_analysis_id_seq to ${app_role};

-- ¶34, ¶4.7: a figure that comes from a sociological survey names the survey: who conducted it, when, and on how
-- large a sample; the body states it with the figure, and "why this score" shows it.
alter table indicator_value
    add column survey_org    varchar(300),
    add column survey_date   date,
    add column survey_sample integer check (survey_sample is null or survey_sample > 0);

-- ¶60-1: a body reorganised or liquidated in the first half of the year is evaluated within its successor's
-- evaluation and counted in the successor's total: the total counted (and its rating) is kept beside the
-- successor's own, which the scoring keeps computing from its directions.
alter table evaluation
    add column counted_total  numeric(6, 2) check (counted_total between 0 and 100),
    add column counted_rating varchar(12) check (counted_rating in ('HIGH', 'MEDIUM', 'LOW', 'INEFFECTIVE'));
