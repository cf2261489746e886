-- Methodologies (¶16-¶19, ¶11): national, maintained by the central ministry, one per direction and evaluated
-- year, versioned. A published version is immutable: a change is a new version. Not tenant-owned (every
-- region uses the same published methodology), so no row-level security; writes are guarded by the service
-- (MINISTRY role) and immutability by the triggers below.

create table methodology (
    id                  bigserial primary key,
    direction           smallint     not null check (direction between 1 and 7),
    year                integer      not null check (year between 2010 and 2100),
    version             integer      not null check (version >= 1),
    status              varchar(12)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    weight              numeric(6, 2) not null check (weight > 0),
    approval_ref        varchar(300),
    previous_version_id bigint references methodology (id),
    created_by          varchar(80)  not null,
    created_at          timestamptz  not null,
    published_by        varchar(80),
    published_at        timestamptz,
    unique (direction, year, version),
    check ((status = 'PUBLISHED') = (published_at is not null))
);
-- At most one draft per direction and year: the ministry edits one next version at a time.
create unique index methodology_one_draft on methodology (direction, year) where status = 'DRAFT';

create table methodology_criterion (
    id             bigserial primary key,
    methodology_id bigint       not null references methodology (id) on delete cascade,
    code           varchar(40)  not null check (code ~ '^[A-Za-z0-9._-]{1,40}$'),
    name_kk        varchar(400) not null,
    name_ru        varchar(400) not null,
    name_en        varchar(400) not null,
    weight         numeric(8, 3) not null check (weight > 0),
    position       integer      not null,
    unique (methodology_id, code)
);

create table methodology_indicator (
    id                bigserial primary key,
    criterion_id      bigint       not null references methodology_criterion (id) on delete cascade,
    code              varchar(40)  not null check (code ~ '^[A-Za-z0-9._-]{1,40}$'),
    name_kk           varchar(500) not null,
    name_ru           varchar(500) not null,
    name_en           varchar(500) not null,
    description_kk    text,
    description_ru    text,
    description_en    text,
    unit              varchar(40)  not null,
    polarity          varchar(8)   not null check (polarity in ('HIGHER', 'LOWER')),
    rule_type         varchar(10)  not null check (rule_type in ('RATIO', 'BANDS', 'YES_NO', 'PENALTY', 'FORMULA')),
    rule_params       text         not null,
    has_target        boolean      not null default false,
    weight            numeric(8, 3) not null check (weight > 0),
    max_points        numeric(8, 3) not null check (max_points > 0),
    source_type       smallint     not null check (source_type between 1 and 8),
    evidence_required boolean      not null default false,
    applies_to        varchar(12)  not null default 'ALL' check (applies_to in ('ALL', 'AKIMATS', 'DEPARTMENTS')),
    min_value         numeric(18, 4),
    max_value         numeric(18, 4),
    position          integer      not null,
    unique (criterion_id, code),
    check (min_value is null or max_value is null or min_value <= max_value)
);

-- Rating bands per evaluated year (configurable; demo: high >= 85, medium >= 70, low >= 50, else ineffective).
create table rating_scale (
    year   integer primary key check (year between 2010 and 2100),
    high   numeric(5, 2) not null,
    medium numeric(5, 2) not null,
    low    numeric(5, 2) not null,
    check (high <= 100 and high > medium and medium > low and low > 0)
);

-- The wall behind "a published version is immutable": nothing of a published methodology changes or goes.
create function methodology_guard_published() returns trigger
    language plpgsql
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') and old.status = 'PUBLISHED' then
        raise exception 'methodology % is published and immutable', old.id using errcode = '55000';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger methodology_immutable before update or delete on methodology
    for each row execute function methodology_guard_published();

create function methodology_part_guard_published() returns trigger
    language plpgsql
as $$
declare
    v_methodology bigint;
begin
    if tg_table_name = 'methodology_criterion' then
        v_methodology := case when tg_op = 'DELETE' then old.methodology_id else new.methodology_id end;
    else
        select c.methodology_id into v_methodology from methodology_criterion c
         where c.id = case when tg_op = 'DELETE' then old.criterion_id else new.criterion_id end;
    end if;
    if exists (select 1 from methodology m where m.id = v_methodology and m.status = 'PUBLISHED') then
        raise exception 'methodology % is published and immutable', v_methodology using errcode = '55000';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger criterion_immutable before insert or update or delete on methodology_criterion
    for each row execute function methodology_part_guard_published();
create trigger indicator_immutable before insert or update or delete on methodology_indicator
    for each row execute function methodology_part_guard_published();

grant select, insert, update, delete on methodology, methodology_criterion, methodology_indicator to ${app_role};
grant select, insert, update on rating_scale to ${app_role};
grant usage on sequence methodology_id_seq, methodology_criterion_id_seq, methodology_indicator_id_seq to ${app_role};

-- Conclusion layouts (¶50: the central ministry sets the formats), one HTML template per language, versioned.
create table conclusion_template (
    id         bigserial primary key,
    language   varchar(2)  not null check (language in ('kk', 'ru', 'en')),
    version    integer     not null,
    html       text        not null,
    updated_by varchar(80) not null,
    updated_at timestamptz not null,
    unique (language, version)
);
grant select, insert on conclusion_template to ${app_role};
grant usage on sequence conclusion_template_id_seq to ${app_role};
