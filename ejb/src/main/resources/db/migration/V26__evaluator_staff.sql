-- Evaluator staff (issue 11, ¶57): which users of the planning body, the budget body and the akim's apparatus work
-- on which body's direction. The region's administrator keeps the list; whoever is assigned to a body counts as
-- having taken part in evaluating it, so the special commission of an appeal (¶57) is formed without them.
create table evaluator_staff (
    id          bigserial primary key,
    tenant_id   varchar(40) not null references tenant (code),
    username    varchar(80) not null,
    body_id     bigint      not null,
    direction   smallint    not null check (direction between 1 and 7),
    assigned_by varchar(80) not null,
    assigned_at timestamptz not null,
    unique (tenant_id, username, body_id, direction)
);
create index evaluator_staff_body on evaluator_staff (tenant_id, body_id);
call enable_tenant_isolation('evaluator_staff');
grant select, insert, delete on evaluator_staff to ${app_role};
grant usage on sequence evaluator_staff_id_seq to ${app_role};
