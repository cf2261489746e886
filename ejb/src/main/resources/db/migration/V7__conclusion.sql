-- Conclusions per body and direction (¶47): the evaluation report (generated), the results of carrying out
-- earlier instructions and recommendations, and findings with recommendations. Sending is a separate,
-- recorded act; a sent conclusion is immutable, and a correction after an appeal is a new version linked to
-- the one it corrects (¶59).

create table conclusion (
    id                      bigserial primary key,
    tenant_id               varchar(40) not null references tenant (code),
    direction_evaluation_id bigint      not null,
    version                 integer     not null check (version >= 1),
    previous_id             bigint,
    status                  varchar(8)  not null default 'DRAFT' check (status in ('DRAFT', 'SENT')),
    report                  text        not null,
    followup_results        text        not null default '',
    findings                text        not null default '',
    recommendations         text        not null default '',
    correction_reason       text,
    drafted_by              varchar(80) not null,
    drafted_at              timestamptz not null,
    sent_by                 varchar(80),
    sent_at                 timestamptz,
    received_at             timestamptz,
    received_by             varchar(80),
    version_lock            bigint      not null default 0,
    unique (direction_evaluation_id, version),
    unique (tenant_id, id),
    foreign key (tenant_id, direction_evaluation_id) references direction_evaluation (tenant_id, id) on delete cascade,
    foreign key (tenant_id, previous_id) references conclusion (tenant_id, id),
    check ((status = 'SENT') = (sent_at is not null)),
    check (version = 1 or previous_id is not null)
);
-- One draft at a time per body and direction.
create unique index conclusion_one_draft on conclusion (direction_evaluation_id) where status = 'DRAFT';

-- A sent conclusion never changes, except that its receipt is recorded once (the appeal window counts from it).
create function conclusion_guard_sent() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'DELETE' and old.status = 'SENT' then
        raise exception 'conclusion % was sent and cannot be deleted', old.id using errcode = '55000';
    end if;
    if tg_op = 'UPDATE' and old.status = 'SENT' then
        if (new.report, new.followup_results, new.findings, new.recommendations, new.status, new.sent_at,
            new.sent_by, new.version, new.previous_id, new.direction_evaluation_id, new.tenant_id)
           is distinct from
           (old.report, old.followup_results, old.findings, old.recommendations, old.status, old.sent_at,
            old.sent_by, old.version, old.previous_id, old.direction_evaluation_id, old.tenant_id)
           or (old.received_at is not null and new.received_at is distinct from old.received_at) then
            raise exception 'conclusion % was sent and is immutable', old.id using errcode = '55000';
        end if;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger conclusion_immutable before update or delete on conclusion
    for each row execute function conclusion_guard_sent();

call enable_tenant_isolation('conclusion');
grant select, insert, update, delete on conclusion to ${app_role};
grant usage on sequence conclusion_id_seq to ${app_role};
