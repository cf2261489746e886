-- Users and their roles. Login happens before any tenant is known, so the lookups used by the identity store
-- are SECURITY DEFINER functions owned by the owner role; the application role itself only ever sees the
-- users of the tenant set for its transaction.

create table app_user (
    id              bigserial primary key,
    tenant_id       varchar(40) references tenant (code),
    username        varchar(80)  not null unique check (username = lower(username) and username ~ '^[a-z0-9][a-z0-9._-]{1,79}$'),
    password_hash   varchar(400),
    display_name    varchar(200) not null,
    roles           varchar(400) not null check (roles <> ''),
    body_id         bigint,
    locale          varchar(2)   not null default 'kk' check (locale in ('kk', 'ru', 'en')),
    email           varchar(200),
    enabled         boolean      not null default true,
    failed_attempts integer      not null default 0,
    locked_until    timestamptz,
    last_login_at   timestamptz,
    created_at      timestamptz  not null default now(),
    version         bigint       not null default 0,
    -- Ministry and platform administrators belong to no tenant; everybody else to exactly one.
    check ((tenant_id is null) = (roles ~ '^(PLATFORM_ADMIN|MINISTRY)(,(PLATFORM_ADMIN|MINISTRY))*$'))
);
create index app_user_tenant on app_user (tenant_id);

call enable_tenant_isolation('app_user');
-- The owner role runs the definer functions below; it needs every user, whatever the tenant.
create policy definer_access on app_user to ${owner_role} using (true) with check (true);
grant select, insert, update on app_user to ${app_role};
grant usage on sequence app_user_id_seq to ${app_role};

create function auth_account(p_username text)
    returns table (id bigint, tenant_id varchar, username varchar, password_hash varchar, display_name varchar,
                   roles varchar, body_id bigint, locale varchar, enabled boolean, locked_until timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.id, u.tenant_id, u.username, u.password_hash, u.display_name, u.roles, u.body_id, u.locale,
           u.enabled, u.locked_until
    from app_user u where u.username = lower(p_username)
$$;

-- Counts a failed login; at p_max_attempts the account is locked until p_now + p_lock and the count restarts.
create function auth_record_failure(p_username text, p_now timestamptz, p_max_attempts integer, p_lock interval)
    returns timestamptz
    language sql security definer set search_path = public, pg_temp
as $$
    update app_user
       set failed_attempts = case when failed_attempts + 1 >= p_max_attempts then 0 else failed_attempts + 1 end,
           locked_until = case when failed_attempts + 1 >= p_max_attempts then p_now + p_lock else locked_until end
     where username = lower(p_username)
    returning locked_until
$$;

create function auth_record_success(p_username text, p_now timestamptz) returns void
    language sql security definer set search_path = public, pg_temp
as $$
    update app_user set failed_attempts = 0, locked_until = null, last_login_at = p_now
     where username = lower(p_username)
$$;

create function account_set_locale(p_username text, p_locale text) returns void
    language sql security definer set search_path = public, pg_temp
as $$
    update app_user set locale = p_locale where username = lower(p_username)
$$;

revoke all on function auth_account(text), auth_record_failure(text, timestamptz, integer, interval),
    auth_record_success(text, timestamptz), account_set_locale(text, text) from public;
grant execute on function auth_account(text), auth_record_failure(text, timestamptz, integer, interval),
    auth_record_success(text, timestamptz), account_set_locale(text, text) to ${app_role};
