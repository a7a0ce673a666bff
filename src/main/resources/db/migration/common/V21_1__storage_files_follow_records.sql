-- Files follow their records: a random key names a blob in public addresses (instead of its countable id),
-- and "kept" marks uploads that may never expire. Uploads made before this version are kept: they may be
-- carried by records in ways only their owners know (pictures in bodies), and must not be removed.
alter table blob add column public_key varchar(36);
alter table blob add column kept boolean default false not null;
update blob set kept = true;

-- No permission reads every file any more: a file is read through the record that carries it.
delete from role_permission where permission = 'storage:read';
