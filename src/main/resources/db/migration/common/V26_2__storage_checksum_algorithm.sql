-- Each stored upload records its integrity checksum and that checksum's algorithm (SHA-256, or SM3
-- under civitas.crypto.profile=gm). The file stays addressed by its SHA-256 (column sha256); the
-- uploads before this version have their SHA-256 as checksum, so they keep verifying, and
-- "civitas crypto-migrate" adds SM3 checksums to them.
alter table blob add column checksum_algorithm varchar(16);
alter table blob add column checksum varchar(64);
update blob set checksum_algorithm = 'SHA-256', checksum = sha256;
alter table blob alter column checksum_algorithm set not null;
alter table blob alter column checksum set not null;
