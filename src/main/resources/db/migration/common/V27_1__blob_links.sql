-- Which records carry a blob, as link tables kept on save, so that a file's access check is an indexed
-- lookup instead of LIKE over every rich-text body (content_public_blob is the same for published copies).
-- V27_2 (a Java migration) fills them from the bodies already stored.

-- pictures in an article's working body (the editor's /api/v1/blobs/{id} addresses)
create table content_article_body_blob (
    article_id bigint not null,
    blob_id bigint not null,
    constraint pk_content_article_body_blob primary key (article_id, blob_id),
    constraint fk_content_article_body_blob foreign key (article_id) references content_article (id) on delete cascade
);
create index ix_content_article_body_blob on content_article_body_blob (blob_id);

-- the other ways an article carries a blob, looked up by blob as well
create index ix_content_article_cover_blob on content_article (cover_blob_id);
create index ix_content_article_attachment_blob on content_article_attachment (blob_id);

-- pictures in an edition item's body (an upload, a submission's file, another edition's picture)
create table edition_item_blob (
    item_id bigint not null,
    blob_id bigint not null,
    constraint pk_edition_item_blob primary key (item_id, blob_id),
    constraint fk_edition_item_blob foreign key (item_id) references edition_item (id) on delete cascade
);
create index ix_edition_item_blob on edition_item_blob (blob_id);
