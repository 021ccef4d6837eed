-- Search: an identity for this database, so that an embedded search index built from another
-- database (or from this one before a reset) is recognised as out of date and rebuilt at start.
create table search_index_state (
    id integer primary key,
    database_id varchar(36) not null
);
