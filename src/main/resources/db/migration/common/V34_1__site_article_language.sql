-- The language a site and an article are written in (阿坝州: Chinese, Tibetan, or both): the public page
-- carries it as its lang attribute. Articles without one follow their site.
alter table site add column language varchar(16) default 'CHINESE' not null;
alter table content_article add column language varchar(16);
alter table content_publication add column language varchar(16);
