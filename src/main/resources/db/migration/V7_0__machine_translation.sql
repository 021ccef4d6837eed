-- Machine translations of a project's title, summary, goals and expected results, kept beside the
-- originals (never replacing them). source_hash is the SHA-256 of the text they were made from, so an
-- unchanged text is not sent again and a changed one no longer shows its old translation. Not audited:
-- made in the background, they are not part of the record's history.
create table project_machine_translation (
    project_id    bigint         not null references project (id) on delete cascade,
    part          varchar(20)    not null,
    position      integer        not null,
    language      varchar(8)     not null,
    source_hash   varchar(64)    not null,
    text          varchar(20000) not null,
    service       varchar(40)    not null,
    translated_at timestamp with time zone not null,
    primary key (project_id, part, position, language)
);
