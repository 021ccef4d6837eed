-- The site's own pages (about, contact, privacy notice, accessibility statement, legal notice) in each language, as
-- network administrators last saved them. A page with no row here shows the text shipped in site/pages/.
create table site_page (
    slug       varchar(20)  not null,
    language   varchar(2)   not null,
    title      varchar(200) not null,
    body       text         not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(320) not null,
    primary key (slug, language)
);
