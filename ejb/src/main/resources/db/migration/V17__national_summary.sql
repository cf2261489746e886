-- The ministry's summary of 15 August (¶53): every generated version is kept with the texts the ministry wrote,
-- the language it was generated in, the PDF and DOCX, who generated it and when, and the recorded act of sending
-- it to the Presidential Administration and the Prime Minister's Office (late after 15 August is shown as late).
-- National data, not a region's: no tenant, reached only by the ministry's services.
create table national_summary_version (
    id               bigserial primary key,
    year             integer      not null check (year between 2010 and 2100),
    version          integer      not null check (version >= 1),
    language         varchar(2)   not null check (language in ('kk', 'ru', 'en')),
    intro            text         not null,
    recommendations  text         not null,
    planning_results text         not null,
    generated_by     varchar(80)  not null,
    generated_at     timestamptz  not null,
    pdf              bytea        not null,
    docx             bytea        not null,
    sent_by          varchar(80),
    sent_at          timestamptz,
    unique (year, version),
    check ((sent_by is null) = (sent_at is null))
);
grant select, insert on national_summary_version to ${app_role};
grant update (sent_by, sent_at) on national_summary_version to ${app_role};
grant usage on sequence national_summary_version_id_seq to ${app_role};
