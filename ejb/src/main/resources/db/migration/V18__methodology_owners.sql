-- Methodology owners (¶16): each direction's central body develops and approves its methodology, in agreement
-- with the central ministry. Owner accounts are national (no region) like the ministry's; a version is published
-- only once every owner of its direction has approved it and the ministry has agreed it, both recorded here.
--   direction 1 the ministry itself (¶23), 2 the Prime Minister's Office (¶26), 3 the central budget-execution
--   body (¶30), 4 the civil-service agency with the informatisation body (¶33), 5 the civil-service agency (¶37),
--   6 the informatisation body (¶40), 7 the Ministry of Justice (¶40-3).

do $$
declare
    v_name text;
begin
    select conname into v_name from pg_constraint
     where conrelid = 'app_user'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%PLATFORM_ADMIN%';
    execute format('alter table app_user drop constraint %I', v_name);
end
$$;
alter table app_user add constraint app_user_national_roles check ((tenant_id is null) = (roles ~
    '^(PLATFORM_ADMIN|MINISTRY|OWNER_PM_OFFICE|OWNER_BUDGET|OWNER_CIVIL_SERVICE|OWNER_INFORMATISATION|OWNER_JUSTICE)(,(PLATFORM_ADMIN|MINISTRY|OWNER_PM_OFFICE|OWNER_BUDGET|OWNER_CIVIL_SERVICE|OWNER_INFORMATISATION|OWNER_JUSTICE))*$'));

-- Which owners develop a direction (the table above); the approval and publication guards ask here.
create function methodology_owners(p_direction integer) returns text[]
    language sql immutable
as $$
    select case p_direction
        when 1 then array['MINISTRY']
        when 2 then array['PM_OFFICE']
        when 3 then array['BUDGET']
        when 4 then array['CIVIL_SERVICE', 'INFORMATISATION']
        when 5 then array['CIVIL_SERVICE']
        when 6 then array['INFORMATISATION']
        when 7 then array['JUSTICE']
    end
$$;

create table methodology_approval (
    id             bigserial primary key,
    methodology_id bigint       not null references methodology (id) on delete cascade,
    owner          varchar(20)  not null check (owner in ('MINISTRY', 'PM_OFFICE', 'BUDGET', 'CIVIL_SERVICE',
                                                          'INFORMATISATION', 'JUSTICE')),
    approved_by    varchar(80)  not null,
    approved_at    timestamptz  not null,
    reference      varchar(300),
    unique (methodology_id, owner)
);

alter table methodology add column agreed_by varchar(80);
alter table methodology add column agreed_at timestamptz;
-- Versions published before this migration carry no recorded approval or agreement; they stay as they were.
alter table methodology add constraint methodology_agreed_when_published
    check (agreed_at is null or status = 'PUBLISHED');

-- An approval comes from an owner of the methodology's direction, and only while it is a draft.
create function methodology_approval_guard() returns trigger
    language plpgsql
as $$
declare
    v_direction integer;
    v_status    varchar;
begin
    select m.direction, m.status into v_direction, v_status from methodology m
     where m.id = case when tg_op = 'DELETE' then old.methodology_id else new.methodology_id end;
    if v_status = 'PUBLISHED' then
        raise exception 'methodology is published and immutable' using errcode = '55000';
    end if;
    if tg_op <> 'DELETE' and not (new.owner = any (methodology_owners(v_direction))) then
        raise exception '% does not own direction %', new.owner, v_direction using errcode = '42501';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger methodology_approval_guard before insert or update or delete on methodology_approval
    for each row execute function methodology_approval_guard();

-- The wall behind "published only when approved and agreed": a draft becomes PUBLISHED only with the ministry's
-- agreement recorded and an approval from every owner of its direction.
create function methodology_publication_guard() returns trigger
    language plpgsql
as $$
begin
    if new.status = 'PUBLISHED' and old.status = 'DRAFT' then
        if new.agreed_at is null or new.agreed_by is null then
            raise exception 'methodology % needs the ministry''s agreement', new.id using errcode = '23514';
        end if;
        if exists (select 1 from unnest(methodology_owners(new.direction)) o
                    where not exists (select 1 from methodology_approval a
                                       where a.methodology_id = new.id and a.owner = o)) then
            raise exception 'methodology % needs the approval of every owner', new.id using errcode = '23514';
        end if;
    end if;
    return new;
end
$$;
create trigger methodology_publication_guard before update on methodology
    for each row execute function methodology_publication_guard();

grant select, insert, update, delete on methodology_approval to ${app_role};
grant usage on sequence methodology_approval_id_seq to ${app_role};
