-- National accounts (issue 11): the ministry, the methodology owners and the platform administrators belong to no
-- region, so row-level security hides them from the application role. The platform administrator manages them
-- through these SECURITY DEFINER functions (the service allows only that role to call them); a region's users
-- are never reached here (every function requires tenant_id is null).

create function national_accounts()
    returns table (id bigint, username varchar, display_name varchar, roles varchar, email varchar,
                   locale varchar, enabled boolean, must_change_password boolean, last_login_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select u.id, u.username, u.display_name, u.roles, u.email, u.locale, u.enabled, u.must_change_password,
           u.last_login_at
      from app_user u where u.tenant_id is null order by u.username
$$;

-- A new national account with a temporary password; the roles check of app_user keeps them national.
create function national_account_create(p_username text, p_display_name text, p_roles text, p_email text,
                                        p_locale text, p_hash text, p_now timestamptz) returns bigint
    language sql security definer set search_path = public, pg_temp
as $$
    insert into app_user (tenant_id, username, password_hash, display_name, roles, email, locale,
                          must_change_password, created_at)
    values (null, lower(p_username), p_hash, p_display_name, p_roles, nullif(p_email, ''), p_locale, true, p_now)
    returning id
$$;

-- Changes a national account: enabled, roles, or a new temporary password (null leaves a field as it is).
-- Returns false when no national account has this name.
create function national_account_change(p_username text, p_enabled boolean, p_roles text, p_hash text)
    returns boolean
    language sql security definer set search_path = public, pg_temp
as $$
    with changed as (
        update app_user
           set enabled = coalesce(p_enabled, enabled),
               roles = coalesce(p_roles, roles),
               password_hash = coalesce(p_hash, password_hash),
               must_change_password = case when p_hash is null then must_change_password else true end,
               failed_attempts = case when p_hash is null then failed_attempts else 0 end,
               locked_until = case when p_hash is null then locked_until else null end
         where username = lower(p_username) and tenant_id is null
        returning 1)
    select exists (select 1 from changed)
$$;

revoke all on function national_accounts(), national_account_create(text, text, text, text, text, text, timestamptz),
    national_account_change(text, boolean, text, text) from public;
grant execute on function national_accounts(), national_account_create(text, text, text, text, text, text, timestamptz),
    national_account_change(text, boolean, text, text) to ${app_role};
