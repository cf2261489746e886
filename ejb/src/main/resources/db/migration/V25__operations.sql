-- Operations (issue 11): the platform administrator's gauges across every region. The tables force row-level
-- security, so these counts come from SECURITY DEFINER functions owned by the owner role, with a read-only
-- policy for it on the outbox (the audit log has had one since V4). Only counts leave these functions.
create policy definer_reads on mail_outbox for select to ${owner_role} using (true);

-- One row per gauge and region (region null: national): the outbox waiting, mails sent and failed, logins and
-- failed or refused logins, and deadlines missed (late steps recorded by the scheduler).
create function ops_gauges()
    returns table (metric text, tenant_id varchar, value bigint)
    language sql stable security definer set search_path = public, pg_temp
as $$
    select 'outbox_pending', o.tenant_id, count(*) from mail_outbox o where o.status = 'PENDING' group by o.tenant_id
    union all
    select 'mails_sent', o.tenant_id, count(*) from mail_outbox o where o.status = 'SENT' group by o.tenant_id
    union all
    select 'mails_failed', o.tenant_id, count(*) from mail_outbox o where o.status = 'FAILED' group by o.tenant_id
    union all
    select case a.action when 'LOGIN' then 'logins' when 'DEADLINE_MISSED' then 'late_steps' else 'logins_failed' end,
           a.tenant_id, count(*)
      from audit_entry a
     where a.action in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_REFUSED', 'DEADLINE_MISSED')
     group by 1, a.tenant_id
$$;

revoke all on function ops_gauges() from public;
grant execute on function ops_gauges() to ${app_role};

-- The gauges count logins and late steps at every scrape; this keeps that to the entries they count.
create index audit_entry_ops on audit_entry (action, tenant_id)
    where action in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_REFUSED', 'DEADLINE_MISSED');
