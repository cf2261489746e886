-- The reminder benchmark's data: in every region, :bodies evaluated bodies that have not submitted, each with one
-- user and address, an approved schedule for the year :year and one reminder firing due at :'due' (real time).
-- Run by ./ops/portal bench-mail as the superuser, so row-level security does not apply to this seeding.
\set ON_ERROR_STOP on
begin;
insert into executive_body (tenant_id, code, name_kk, name_ru, name_en, type)
select t.code, 'BENCH' || g, 'Бенчмарк басқармасы ' || g, 'Бенчмарк управление ' || g, 'Benchmark body ' || g,
       'REGIONAL_DEPARTMENT'
from tenant t cross join generate_series(1, :bodies) g;

insert into app_user (tenant_id, username, display_name, roles, body_id, email, locale)
select b.tenant_id, b.tenant_id || '.bench' || substr(b.code, 6), b.name_kk, 'EVALUATED_BODY', b.id,
       b.tenant_id || '.bench' || substr(b.code, 6) || '@bagalau.example', (array['kk', 'ru', 'en'])[1 + b.id % 3]
from executive_body b where b.code like 'BENCH%';

insert into evaluation (tenant_id, year, body_id, created_at)
select b.tenant_id, :year, b.id, now() from executive_body b where b.code like 'BENCH%';

insert into direction_evaluation (tenant_id, evaluation_id, direction, methodology_id, evaluator_role, state)
select e.tenant_id, e.id, 1, (select min(id) from methodology), 'PLANNING_BODY', 'DRAFT'
from evaluation e where e.year = :year;

insert into evaluation_cycle (tenant_id, year, schedule_status, reporting_deadline, schedule_drafted_by,
                              schedule_drafted_at, schedule_approved_by, schedule_approved_at)
select t.code, :year, 'APPROVED', make_date(:year + 1, 3, 1), t.code || '.planning', now(), t.code || '.akim', now()
from tenant t;

insert into deadline_trigger (tenant_id, year, step, kind, offset_days, deadline, due_at)
select t.code, :year, 'REPORTING', 'REMINDER', 1, make_date(:year + 1, 3, 1), :'due'::timestamptz from tenant t;
commit;
