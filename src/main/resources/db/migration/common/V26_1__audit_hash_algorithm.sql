-- Each audit record names the algorithm of its hash, so that a chain can change algorithm (SM3 or
-- SHA-256, civitas.crypto.*) at any record and still verify from the first. Every record written
-- before this version was hashed with SM3. Adding a column with a constant default changes no row,
-- so PostgreSQL's append-only trigger is not involved.
alter table audit_record add column hash_algorithm varchar(16) default 'SM3' not null;
