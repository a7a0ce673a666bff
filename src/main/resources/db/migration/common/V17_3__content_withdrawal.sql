-- Withdrawals from a site's public list (撤稿), so that aggregation platforms syncing a site's
-- articles "changed since" a time learn that an article left the site: the listing row is gone
-- then. One row per site and article; written in the transaction that removes the listing (the
-- article withdrawn, or a share ending on the receiving site) and deleted when the article is
-- listed on that site again. Kept after the article is deleted: aggregators still need to hear of it.
create table content_withdrawal (
    site_id bigint not null,
    article_id bigint not null,
    withdrawn_at timestamp with time zone not null,
    constraint pk_content_withdrawal primary key (site_id, article_id)
);
create index ix_content_withdrawal_changed on content_withdrawal (site_id, withdrawn_at);
