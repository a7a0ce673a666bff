-- Near-duplicates use MinHash signatures with eight indexed bands instead of a 64-bit SimHash with
-- four: a reworded report of the same incident moves a SimHash too far for any band to stay equal.
alter table reporting_submission drop column simhash;
alter table reporting_submission add column minhash varchar(256) default '' not null;
alter table reporting_submission add column band4 integer default 0 not null;
alter table reporting_submission add column band5 integer default 0 not null;
alter table reporting_submission add column band6 integer default 0 not null;
alter table reporting_submission add column band7 integer default 0 not null;
create index ix_reporting_submission_band4 on reporting_submission (band4, submitted_at);
create index ix_reporting_submission_band5 on reporting_submission (band5, submitted_at);
create index ix_reporting_submission_band6 on reporting_submission (band6, submitted_at);
create index ix_reporting_submission_band7 on reporting_submission (band7, submitted_at);
