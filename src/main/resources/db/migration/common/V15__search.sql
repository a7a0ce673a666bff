-- Search module: the administrator's synonyms and protected terms (they take effect with the next
-- rebuild of the index) and which index generation is in use (shared by every application node).
create table search_setting (
    name          varchar(64) primary key,
    setting_value varchar(100000) not null,
    updated_at    timestamp with time zone not null,
    updated_by    varchar(64) not null
);

-- Synonyms in Solr's format: one group of equivalent words per line ("a,b,c"), or "a => b".
insert into search_setting (name, setting_value, updated_at, updated_by) values ('synonyms',
'阿坝州,阿坝藏族羌族自治州
州政府,州人民政府
县政府,县人民政府
灾后重建,恢复重建
政务公开,信息公开', current_timestamp, 'system');

-- Protected terms: place and institution names the word segmenter must not split.
insert into search_setting (name, setting_value, updated_at, updated_by) values ('protected',
'九寨沟县
汶川县
阿坝州
马尔康市
红原县
若尔盖县
映秀镇
卧龙自然保护区', current_timestamp, 'system');

insert into search_setting (name, setting_value, updated_at, updated_by) values ('generation', '1', current_timestamp, 'system');
