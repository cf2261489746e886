-- The national benchmark's data (issue 10): 20 regions x 300 bodies x 7 directions x 20 indicators x 10 evaluated
-- years (2015-2024) = 8.4 million indicator values, written set-based inside PostgreSQL (INSERT ... SELECT over
-- generate_series: no JPA, no client round trips, no row leaving the server), into the portal's own tables of a
-- database of its own. Values are deterministic (hashes of the keys), so two runs give the same data. Run as the
-- superuser with triggers off (session_replication_role = replica): the immutability and publication guards of
-- methodologies and the foreign-key triggers are for the portal's writes, not for a bulk load of finished years.
\set ON_ERROR_STOP on
\timing on
set session_replication_role = replica;
set work_mem = '256MB';
set maintenance_work_mem = '512MB';

-- Methodologies of the ten years: per direction 4 criteria x 5 indicators, each worth up to 5 points.
insert into methodology (direction, year, version, status, weight, created_by, created_at, published_by, published_at,
                         agreed_by, agreed_at)
select d, y, 1, 'PUBLISHED', case when d = 7 then 10 else 15 end, 'bench', now(), 'bench', now(), 'bench', now()
  from generate_series(2015, 2024) y, generate_series(1, 7) d;
insert into methodology_criterion (methodology_id, code, name_kk, name_ru, name_en, weight, position)
select m.id, c::text, 'Өлшем ' || c, 'Критерий ' || c, 'Criterion ' || c, 1, c
  from methodology m, generate_series(1, 4) c
 where m.created_by = 'bench';
insert into methodology_indicator (criterion_id, code, name_kk, name_ru, name_en, unit, polarity, rule_type,
                                   rule_params, has_target, weight, max_points, source_type, position)
select cr.id, m.direction || '.' || cr.code || '.' || i, 'Көрсеткіш', 'Показатель', 'Indicator', '%', 'HIGHER',
       'RATIO', '{"target":100}', false, 1, 5, 1 + (i % 8), i
  from methodology_criterion cr join methodology m on m.id = cr.methodology_id, generate_series(1, 5) i
 where m.created_by = 'bench';
insert into rating_scale (year, high, medium, low)
select y, 85, 70, 50 from generate_series(2015, 2024) y
on conflict do nothing;

-- 300 bodies per region (district akimats, so all seven directions apply, ¶40-2). They are history: liquidated
-- at the start of 2025, so the demo's own years (2025, 2026) and its start-up seeding leave them alone.
insert into executive_body (tenant_id, code, name_kk, name_ru, name_en, type, status, status_date)
select t.code, 'BENCH-' || lpad(i::text, 3, '0'), 'Бенч ауданы ' || i, 'Бенч район ' || i, 'Bench district ' || i,
       'DISTRICT_AKIMAT', 'LIQUIDATED', date '2025-01-01'
  from tenant t, generate_series(1, 300) i;

-- 60,000 evaluations, 420,000 directions (all final), 8.4 million indicator values.
insert into evaluation (tenant_id, year, body_id, scored_at, created_at)
select b.tenant_id, y, b.id, make_timestamptz(y + 1, 7, 1, 10, 0, 0, 'Asia/Almaty'),
       make_timestamptz(y + 1, 1, 15, 10, 0, 0, 'Asia/Almaty')
  from executive_body b, generate_series(2015, 2024) y
 where b.code like 'BENCH-%';
insert into direction_evaluation (tenant_id, evaluation_id, direction, methodology_id, evaluator_role, state,
                                  scored_at, submitted_at, submitted_by, finalised_at, finalised_by)
select e.tenant_id, e.id, m.direction, m.id,
       case m.direction when 1 then 'PLANNING_BODY' when 3 then 'BUDGET_BODY' else 'AKIM_APPARATUS' end, 'FINAL',
       make_timestamptz(e.year + 1, 7, 1, 10, 0, 0, 'Asia/Almaty'),
       make_timestamptz(e.year + 1, 5, 20 + (e.body_id % 11)::int, 10, 0, 0, 'Asia/Almaty'), 'bench',
       make_timestamptz(e.year + 1, 7, 20, 10, 0, 0, 'Asia/Almaty'), 'bench'
  from evaluation e join methodology m on m.year = e.year and m.created_by = 'bench';
insert into indicator_value (tenant_id, direction_evaluation_id, indicator_id, actual, target, source_type,
                             verification, verified_actual, points, fraction)
select de.tenant_id, de.id, mi.id, v.actual, 100, mi.source_type, 'ACCEPTED', v.actual,
       round(5 * v.actual / 100, 4), round(v.actual / 100, 6)
  from direction_evaluation de
  join methodology_criterion cr on cr.methodology_id = de.methodology_id
  join methodology_indicator mi on mi.criterion_id = cr.id
  cross join lateral (select (40 + abs(hashint8(de.id * 64 + cr.position * 8 + mi.position)) % 6000 / 100.0)
                             ::numeric(18, 4) as actual) v
 where de.finalised_by = 'bench';

-- Scores as the portal would count them: a direction's score is its points over its maximum, a body's total the
-- mean of its directions; ratings by the year's bands.
update direction_evaluation de set score = s.score
  from (select iv.direction_evaluation_id id, round(sum(iv.points), 2) score
          from indicator_value iv join direction_evaluation d on d.id = iv.direction_evaluation_id
         where d.finalised_by = 'bench' group by 1) s
 where de.id = s.id;
update evaluation e set total_score = s.total,
       rating = case when s.total >= 85 then 'HIGH' when s.total >= 70 then 'MEDIUM' when s.total >= 50 then 'LOW'
                     else 'INEFFECTIVE' end
  from (select evaluation_id id, round(avg(score), 2) total from direction_evaluation
         where finalised_by = 'bench' group by 1) s
 where e.id = s.id;

set session_replication_role = origin;
analyze executive_body;
analyze evaluation;
analyze direction_evaluation;
analyze indicator_value;
select format('generated: %s bodies, %s evaluations, %s directions, %s indicator values',
              (select count(*) from executive_body where code like 'BENCH-%'),
              (select count(*) from evaluation where year between 2015 and 2024),
              (select count(*) from direction_evaluation where finalised_by = 'bench'),
              (select count(*) from indicator_value));
