-- Articles imported from an old CMS, by the key the old system knew them by: a repeated import finds
-- its articles again (idempotent), and the digest of the line and its files tells an unchanged line
-- from a changed one without rewriting anything.
create table content_import_source (
    source_key varchar(200) not null primary key,
    article_id bigint not null references content_article (id),
    digest varchar(64) not null,
    imported_by varchar(64) not null,
    imported_at timestamp not null
);

create index content_import_source_article on content_import_source (article_id);

-- kept 索引号 are checked for clashes before they are written, and generated ones skip kept ones
create index content_article_index_number on content_article (index_number);
