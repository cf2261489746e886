-- Personal API tokens (issue 12): a user creates named tokens for scripts and revokes them; a token acts as its
-- user, with the user's roles and region, as long as the account may log in. Only the SHA-256 of a token is
-- stored; the token itself is shown once. Authentication happens before a tenant is known, so, like the accounts
-- (V2), the table is reached only through SECURITY DEFINER functions: the application role has no grant on it.
create table api_token (
    id           bigserial primary key,
    username     varchar(80)  not null references app_user (username) on delete cascade,
    name         varchar(100) not null check (btrim(name) <> ''),
    token_hash   char(64)     not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (username);

create function api_token_create(p_username text, p_name text, p_hash text, p_now timestamptz) returns bigint
    language sql security definer set search_path = public, pg_temp
as $$
    insert into api_token (username, name, token_hash, created_at)
    values (lower(p_username), btrim(p_name), p_hash, p_now)
    returning id
$$;

create function api_token_list(p_username text)
    returns table (id bigint, name varchar, created_at timestamptz, last_used_at timestamptz, revoked_at timestamptz)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at from api_token t
     where t.username = lower(p_username) order by t.id desc
$$;

-- Revokes one of the user's own tokens; false when it is not theirs or already revoked.
create function api_token_revoke(p_username text, p_id bigint, p_now timestamptz) returns boolean
    language sql security definer set search_path = public, pg_temp
as $$
    with revoked as (update api_token set revoked_at = p_now
                      where id = p_id and username = lower(p_username) and revoked_at is null returning 1)
    select exists (select 1 from revoked)
$$;

-- The user a live token belongs to (null for an unknown or revoked one); records when it was last used.
create function api_token_user(p_hash text, p_now timestamptz) returns varchar
    language sql security definer set search_path = public, pg_temp
as $$
    update api_token set last_used_at = p_now where token_hash = p_hash and revoked_at is null returning username
$$;

revoke all on function api_token_create(text, text, text, timestamptz), api_token_list(text),
    api_token_revoke(text, bigint, timestamptz), api_token_user(text, timestamptz) from public;
grant execute on function api_token_create(text, text, text, timestamptz), api_token_list(text),
    api_token_revoke(text, bigint, timestamptz), api_token_user(text, timestamptz) to ${app_role};
