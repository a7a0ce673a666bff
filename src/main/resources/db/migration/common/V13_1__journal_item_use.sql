-- Journal items say how the edition uses them (全文 full text / 摘编 excerpt); scoring weighs the use.
alter table edition_item add column item_use varchar(16) default 'FULL_TEXT' not null;
