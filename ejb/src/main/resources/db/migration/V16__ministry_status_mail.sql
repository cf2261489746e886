-- The ministry's own mail (¶53, ¶6): on 15 August the central ministry is told which regions' 25 July reports
-- have not arrived. The ministry belongs to no region, so its mail is not in a region's outbox: this table holds
-- the national mail, written and delivered by the scheduler with the same guarantees (a database-unique key per
-- recipient and year, each mail committed as sent right after the SMTP server took it, retries, FAILED).
create table national_mail (
    id              bigserial primary key,
    dedup_key       varchar(300)  not null unique,
    username        varchar(80)   not null,
    address         varchar(200)  not null,
    locale          varchar(2)    not null check (locale in ('kk', 'ru', 'en')),
    subject         varchar(1000) not null,
    body_text       text          not null,
    body_html       text          not null,
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    last_error      text,
    sent_late       boolean       not null default false,
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    check ((status = 'SENT') = (sent_at is not null))
);
create index national_mail_due on national_mail (next_attempt_at) where status = 'PENDING';
grant select, insert, update on national_mail to ${app_role};
grant usage on sequence national_mail_id_seq to ${app_role};

-- The national accounts holding a role, with their address and language: the application role cannot read
-- users outside a region (row-level security), so the scheduler asks this owner-defined function.
create function national_recipients(p_role varchar)
    returns table (username varchar, display_name varchar, email varchar, locale varchar)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.username, u.display_name, u.email, u.locale
      from app_user u
     where u.tenant_id is null and u.enabled and u.email is not null
       and (',' || u.roles || ',') like '%,' || p_role || ',%'
     order by u.username
$$;
revoke all on function national_recipients(varchar) from public;
grant execute on function national_recipients(varchar) to ${app_role};
