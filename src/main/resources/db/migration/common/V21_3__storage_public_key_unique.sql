alter table blob alter column public_key set not null;
create unique index blob_public_key_idx on blob (public_key);
create index blob_created_by_idx on blob (created_by);
create index blob_expiry_idx on blob (kept, created_at);
