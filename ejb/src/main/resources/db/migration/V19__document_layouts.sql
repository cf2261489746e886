-- ¶50: the ministry sets the format of three documents, not one: a direction's conclusion (as before), the state
-- planning body's general-evaluation conclusion and the Regional Expert Commission's expert conclusion. Each kind
-- has its own versions per language; the layouts saved so far were direction conclusions.
alter table conclusion_template add column kind varchar(24) not null default 'DIRECTION_CONCLUSION'
    check (kind in ('DIRECTION_CONCLUSION', 'GENERAL_EVALUATION', 'COMMISSION_CONCLUSION'));
alter table conclusion_template alter column kind drop default;

do $$
declare
    v_name text;
begin
    select conname into v_name from pg_constraint
     where conrelid = 'conclusion_template'::regclass and contype = 'u';
    execute format('alter table conclusion_template drop constraint %I', v_name);
end
$$;
alter table conclusion_template add constraint conclusion_template_kind_language_version unique (kind, language, version);
