-- Audit trail: one row per recorded action, append-only. Each row carries the SM3 hash of its
-- content chained to the previous row's hash; audit_chain_head holds the newest link and is
-- locked (SELECT ... FOR UPDATE) by every append, so that ids are contiguous and the chain stays
-- correct under concurrent writers. Ids are assigned by the application under that lock.

create table audit_record (
    id bigint primary key,
    occurred_at timestamp with time zone not null,
    actor varchar(100) not null,
    address varchar(64),
    action varchar(100) not null,
    object_type varchar(100),
    object_id varchar(200),
    summary varchar(2000),
    outcome varchar(16) not null,
    prev_hash varchar(64) not null,
    hash varchar(64) not null
);
create index audit_record_occurred_at_idx on audit_record (occurred_at);
create index audit_record_actor_idx on audit_record (actor, occurred_at);
create index audit_record_action_idx on audit_record (action, occurred_at);
create index audit_record_object_idx on audit_record (object_type, object_id);

create table audit_chain_head (
    id int primary key,
    last_id bigint not null,
    last_hash varchar(64) not null
);
insert into audit_chain_head (id, last_id, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
