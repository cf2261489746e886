-- The evaluation's own states end at FINAL (¶46). What happens to final results afterwards (the general
-- evaluation, the commission, the akim's report, publication) is recorded once per region and year in
-- evaluation_cycle, so the per-direction copies of those steps go: a direction past FINAL is FINAL.
-- Row-level security is forced even for the owner; the migration lifts it for its own updates only.
alter table direction_evaluation no force row level security;
alter table recheck no force row level security;

update direction_evaluation
   set state = 'FINAL'
 where state in ('INCLUDED', 'COMMISSION_CONCLUDED', 'REPORTED', 'PUBLISHED');

alter table direction_evaluation
    add constraint direction_evaluation_state_known
        check (state in ('DRAFT', 'SUBMITTED', 'UNDER_EVALUATION', 'CONCLUSION_SENT', 'APPEALED', 'FINAL'));

-- ¶60: a re-check resumes the direction where it was: sent or final.
update recheck
   set resume_state = 'FINAL'
 where resume_state in ('INCLUDED', 'COMMISSION_CONCLUDED', 'REPORTED', 'PUBLISHED');

alter table recheck
    add constraint recheck_resume_state_known check (resume_state in ('CONCLUSION_SENT', 'FINAL'));

alter table direction_evaluation force row level security;
alter table recheck force row level security;

-- Rating bands that a published methodology of their year rates by do not change or go (second wall behind
-- MethodologyAuthoring.setRatingScale); bands missing for such a year may still be set.
create function rating_scale_guard_in_use() returns trigger
    language plpgsql
as $$
begin
    if exists (select 1 from methodology m where m.year = old.year and m.status = 'PUBLISHED') then
        raise exception 'rating bands of % are in use by a published methodology', old.year using errcode = '55000';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end
$$;
create trigger rating_scale_fixed_when_used before update or delete on rating_scale
    for each row execute function rating_scale_guard_in_use();
