-- Organisations as a directory of LAGs lists them: public contact, regions and territory, programming
-- periods, and which directory record each one is, with each field's value as the directory last stated
-- it (so that a newer directory changes only the fields no person has edited since).
alter table organisation add column email varchar(320);
alter table organisation add column phone varchar(50);
alter table organisation add column regions varchar(1000);
alter table organisation add column territory varchar(2000);
alter table organisation add column periods varchar(200);
alter table organisation add column directory_id varchar(200);
alter table organisation add column directory_source varchar(1000);
alter table organisation add column directory_source_date date;
create unique index organisation_directory_id on organisation (directory_id);
create index organisation_country on organisation (country);

create table organisation_directory_value (
    organisation_id bigint        not null references organisation (id) on delete cascade,
    field           varchar(40)   not null,
    stated_value    varchar(4000),
    primary key (organisation_id, field)
);

alter table organisation_aud add column email varchar(320);
alter table organisation_aud add column phone varchar(50);
alter table organisation_aud add column regions varchar(1000);
alter table organisation_aud add column territory varchar(2000);
alter table organisation_aud add column periods varchar(200);
