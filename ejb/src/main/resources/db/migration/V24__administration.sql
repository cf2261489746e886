-- Administration (issue 11): regions are created, renamed, configured, suspended and resumed by the platform
-- administrator instead of a release; each region has its own administrator (REGION_ADMIN) who manages its users;
-- the akim's decisions forming the Regional Expert Commission (¶13) are recorded with their history.

-- A region's configuration. The catalogue (regions.csv) only seeds a region that does not exist yet; from then on
-- this row, edited by the platform administrator, is the truth.
alter table tenant
    add column status           varchar(20)  not null default 'ACTIVE' check (status in ('ACTIVE', 'SUSPENDED')),
    add column suspended_reason varchar(500),
    add column default_locale   varchar(2)   not null default 'kk' check (default_locale in ('kk', 'ru', 'en')),
    add column mail_sender_name varchar(200),
    add column mail_reply_to    varchar(200) check (mail_reply_to ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    -- Days before a deadline on which reminders go out (0: the morning of the day), largest first.
    add column reminder_offsets varchar(60)  not null default '14,7,3,1,0'
        check (reminder_offsets ~ '^[0-9]{1,2}(,[0-9]{1,2}){0,9}$'),
    add column brand_colour     varchar(7)   check (brand_colour ~ '^#[0-9a-f]{6}$'),
    add column logo             bytea        check (octet_length(logo) <= 262144),
    add column logo_type        varchar(20)  check (logo_type in ('image/png', 'image/jpeg')),
    add column created_at       timestamptz,
    add column version          bigint       not null default 0,
    add constraint tenant_logo_typed check ((logo is null) = (logo_type is null)),
    add constraint tenant_suspension_reasoned check ((status = 'SUSPENDED') = (suspended_reason is not null));
grant insert, update on tenant to ${app_role};

-- A reset password is a temporary one: the user chooses a new one at the next login.
alter table app_user add column must_change_password boolean not null default false;

-- The account as authentication reads it, now with its region's state and the pending password change.
drop function auth_account(text);
create function auth_account(p_username text)
    returns table (id bigint, tenant_id varchar, username varchar, password_hash varchar, display_name varchar,
                   roles varchar, body_id bigint, locale varchar, enabled boolean, locked_until timestamptz,
                   tenant_suspended boolean, must_change_password boolean)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.id, u.tenant_id, u.username, u.password_hash, u.display_name, u.roles, u.body_id, u.locale,
           u.enabled, u.locked_until, coalesce(t.status = 'SUSPENDED', false), u.must_change_password
    from app_user u left join tenant t on t.code = u.tenant_id
    where u.username = lower(p_username)
$$;

-- The user's own new password after a reset (or whenever they change it); clears the pending change.
create function account_change_password(p_username text, p_hash text) returns void
    language sql security definer set search_path = public, pg_temp
as $$
    update app_user set password_hash = p_hash, must_change_password = false, failed_attempts = 0,
                        locked_until = null
     where username = lower(p_username)
$$;

revoke all on function auth_account(text), account_change_password(text, text) from public;
grant execute on function auth_account(text), account_change_password(text, text) to ${app_role};

-- ¶13: the Regional Expert Commission and its working body are formed by the akim's decision from the officials
-- of the akim's apparatus. Every decision is kept; the one in force is the latest that has taken effect. Its seats
-- are "username:SEAT" pairs (SEAT one of CHAIR, MEMBER, SECRETARY, WORKING_BODY), like an appeal's commission.
create table commission_decision (
    id          bigserial primary key,
    tenant_id   varchar(40)   not null references tenant (code),
    number      varchar(60)   not null check (btrim(number) <> ''),
    decided_on  date          not null,
    seats       varchar(4000) not null
        check (seats ~ '^[a-z0-9][a-z0-9._-]*:(CHAIR|MEMBER|SECRETARY|WORKING_BODY)(,[a-z0-9][a-z0-9._-]*:(CHAIR|MEMBER|SECRETARY|WORKING_BODY))*$'),
    file_name   varchar(200),
    file_type   varchar(100),
    content     bytea         check (octet_length(content) <= 10485760),
    recorded_by varchar(80)   not null,
    recorded_at timestamptz   not null,
    version     bigint        not null default 0,
    unique (tenant_id, number, decided_on)
);
create index commission_decision_tenant on commission_decision (tenant_id, decided_on desc, id desc);
call enable_tenant_isolation('commission_decision');
grant select, insert on commission_decision to ${app_role};
-- The decision document is written right after its row (the entity does not carry the scan); nothing else of a
-- recorded decision may change.
grant update (content) on commission_decision to ${app_role};
grant usage on sequence commission_decision_id_seq to ${app_role};
