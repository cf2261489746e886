-- Failed logins are counted per account *and* client address. Whoever guesses from one address slows only
-- themselves (a delay that doubles with every further failure); the account stays usable from anywhere else.
-- Only when the account is attacked from several addresses at once is it locked for cause (see LoginPolicy).
create table login_throttle (
    username        varchar(80) not null,
    origin          varchar(64) not null,
    failures        integer     not null default 0,
    last_failure_at timestamptz not null,
    blocked_until   timestamptz,
    primary key (username, origin)
);
create index login_throttle_recent on login_throttle (username, last_failure_at);
-- No grant to the application role: it reaches this table through the definer functions below only.

-- Until when {origin} may not try {username} again; null when it may.
create function auth_throttled_until(p_username text, p_origin text, p_now timestamptz) returns timestamptz
    language sql stable security definer set search_path = public, pg_temp
as $$
    select t.blocked_until from login_throttle t
     where t.username = lower(p_username) and t.origin = p_origin and t.blocked_until > p_now
$$;

-- Counts one failure of {origin} on {username}. From the p_free-th failure in a row on, the origin waits
-- p_first * 2^(failures - p_free), at most p_max; returns the end of that wait (null while none applies) and
-- how many distinct origins are blocked on the account right now.
create function auth_record_origin_failure(p_username text, p_origin text, p_now timestamptz, p_free integer,
                                           p_first interval, p_max interval)
    returns table (blocked_until timestamptz, blocked_origins integer)
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_failures integer;
    v_until timestamptz;
begin
    insert into login_throttle as t (username, origin, failures, last_failure_at)
    values (lower(p_username), p_origin, 1, p_now)
    on conflict (username, origin) do update
        set failures = t.failures + 1, last_failure_at = p_now
    returning t.failures into v_failures;
    if v_failures >= p_free then
        v_until := p_now + least(p_max, p_first * power(2, v_failures - p_free));
        update login_throttle t set blocked_until = v_until
         where t.username = lower(p_username) and t.origin = p_origin;
    end if;
    return query
        select v_until, (select count(*)::integer from login_throttle t
                          where t.username = lower(p_username) and t.blocked_until > p_now);
end
$$;

-- A successful login clears that origin's count; other origins keep theirs.
create function auth_clear_origin(p_username text, p_origin text) returns void
    language sql security definer set search_path = public, pg_temp
as $$
    delete from login_throttle where username = lower(p_username) and origin = p_origin
$$;

-- Locks the account for cause until p_until (an attack from several addresses): every session ends at its
-- next request, and nobody logs in until then.
drop function auth_record_failure(text, timestamptz, integer, interval);

create function auth_lock_account(p_username text, p_until timestamptz) returns void
    language sql security definer set search_path = public, pg_temp
as $$
    update app_user set locked_until = greatest(coalesce(locked_until, p_until), p_until)
     where username = lower(p_username)
$$;

revoke all on function auth_throttled_until(text, text, timestamptz),
    auth_record_origin_failure(text, text, timestamptz, integer, interval, interval),
    auth_clear_origin(text, text), auth_lock_account(text, timestamptz) from public;
grant execute on function auth_throttled_until(text, text, timestamptz),
    auth_record_origin_failure(text, text, timestamptz, integer, interval, interval),
    auth_clear_origin(text, text), auth_lock_account(text, timestamptz) to ${app_role};
