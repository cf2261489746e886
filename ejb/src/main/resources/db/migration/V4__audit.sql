-- The audit log (¶62-¶66): append-only, one hash chain per tenant plus one for platform events. The application
-- role may read its tenant's entries but has no INSERT, UPDATE or DELETE: it appends only through
-- audit_append(), which links each entry to the hash of the previous one in its chain.

create table audit_entry (
    id           bigserial primary key,
    tenant_id    varchar(40) references tenant (code),
    chain        varchar(40) not null,
    seq          bigint      not null,
    at           timestamptz not null,
    actor        varchar(80) not null,
    actor_role   varchar(40),
    action       varchar(60) not null,
    entity_type  varchar(60),
    entity_id    varchar(80),
    before_state jsonb,
    after_state  jsonb,
    prev_hash    char(64)    not null,
    hash         char(64)    not null,
    unique (chain, seq)
);
create index audit_entry_tenant_at on audit_entry (tenant_id, at desc);
create index audit_entry_entity on audit_entry (tenant_id, entity_type, entity_id);

create table audit_chain_head (
    chain varchar(40) primary key,
    seq   bigint   not null,
    hash  char(64) not null
);

call enable_tenant_isolation('audit_entry');
create policy definer_access on audit_entry to ${owner_role} using (true) with check (true);
grant select on audit_entry to ${app_role};

create function audit_entry_hash(p_prev char(64), p_chain text, p_seq bigint, p_at timestamptz, p_actor text,
                                 p_role text, p_action text, p_entity_type text, p_entity_id text,
                                 p_before jsonb, p_after jsonb) returns char(64)
    language sql immutable
as $$
    select encode(sha256(convert_to(concat_ws('|', p_prev, p_chain, p_seq::text,
        to_char(p_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), p_actor, coalesce(p_role, ''), p_action,
        coalesce(p_entity_type, ''), coalesce(p_entity_id, ''), coalesce(p_before::text, ''),
        coalesce(p_after::text, '')), 'UTF8')), 'hex')
$$;

create function audit_append(p_tenant text, p_at timestamptz, p_actor text, p_role text, p_action text,
                             p_entity_type text, p_entity_id text, p_before jsonb, p_after jsonb) returns bigint
    language plpgsql security definer set search_path = public, pg_temp
as $$
declare
    v_chain text := coalesce(p_tenant, '_platform');
    v_seq   bigint;
    v_prev  char(64);
    v_hash  char(64);
    v_id    bigint;
begin
    -- A transaction bound to one tenant cannot write into another tenant's chain.
    if app_tenant() is not null and p_tenant is distinct from app_tenant() then
        raise exception 'audit entry for tenant % refused in a transaction of tenant %', p_tenant, app_tenant()
            using errcode = '42501';
    end if;
    insert into audit_chain_head (chain, seq, hash) values (v_chain, 0, repeat('0', 64)) on conflict do nothing;
    select seq, hash into v_seq, v_prev from audit_chain_head where chain = v_chain for update;
    v_seq := v_seq + 1;
    v_hash := audit_entry_hash(v_prev, v_chain, v_seq, p_at, p_actor, p_role, p_action, p_entity_type,
                               p_entity_id, p_before, p_after);
    insert into audit_entry (tenant_id, chain, seq, at, actor, actor_role, action, entity_type, entity_id,
                             before_state, after_state, prev_hash, hash)
    values (p_tenant, v_chain, v_seq, p_at, p_actor, p_role, p_action, p_entity_type, p_entity_id,
            p_before, p_after, v_prev, v_hash)
    returning id into v_id;
    update audit_chain_head set seq = v_seq, hash = v_hash where chain = v_chain;
    return v_id;
end
$$;

-- Walks every chain; returns the number of entries checked and, if a link is broken, the first broken entry.
create function audit_verify()
    returns table (ok boolean, entries bigint, broken_id bigint, broken_chain text, broken_seq bigint, problem text)
    language plpgsql stable security definer set search_path = public, pg_temp
as $$
declare
    r        record;
    v_chain  text := null;
    v_prev   char(64);
    v_seq    bigint;
    v_count  bigint := 0;
    v_head   record;
begin
    for r in select * from audit_entry order by chain, seq loop
        if v_chain is distinct from r.chain then
            v_chain := r.chain;
            v_prev := repeat('0', 64);
            v_seq := 0;
        end if;
        v_count := v_count + 1;
        if r.seq <> v_seq + 1 then
            return query select false, v_count, r.id, r.chain::text, r.seq, 'gap in sequence'::text;
            return;
        end if;
        if r.prev_hash <> v_prev then
            return query select false, v_count, r.id, r.chain::text, r.seq, 'previous hash does not match'::text;
            return;
        end if;
        if r.hash <> audit_entry_hash(r.prev_hash, r.chain, r.seq, r.at, r.actor, r.actor_role, r.action,
                                      r.entity_type, r.entity_id, r.before_state, r.after_state) then
            return query select false, v_count, r.id, r.chain::text, r.seq, 'content does not match its hash'::text;
            return;
        end if;
        v_prev := r.hash;
        v_seq := r.seq;
    end loop;
    -- An entry deleted from the end of a chain shows as a head that points past the last entry.
    for v_head in select h.chain, h.seq, h.hash from audit_chain_head h loop
        if not exists (select 1 from audit_entry e where e.chain = v_head.chain and e.seq = v_head.seq
                                                   and e.hash = v_head.hash) and v_head.seq > 0 then
            return query select false, v_count, null::bigint, v_head.chain::text, v_head.seq,
                                'chain head points to a missing entry'::text;
            return;
        end if;
    end loop;
    return query select true, v_count, null::bigint, null::text, null::bigint, null::text;
end
$$;

revoke all on function audit_append(text, timestamptz, text, text, text, text, text, jsonb, jsonb),
    audit_verify() from public;
grant execute on function audit_append(text, timestamptz, text, text, text, text, text, jsonb, jsonb),
    audit_verify() to ${app_role};
