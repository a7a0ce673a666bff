-- Tokens get a scope: the permissions they may use. Tokens issued before carried all of their
-- owner's permissions, so they keep what their owner holds now (duty permissions are never
-- honoured for a token, and administrators' tokens stop working, at authentication).
create table api_token_permission (
    token_id bigint not null references api_token (id) on delete cascade,
    permission varchar(100) not null,
    primary key (token_id, permission)
);

insert into api_token_permission (token_id, permission)
select distinct t.id, rp.permission
from api_token t
join role_grant g on g.user_id = t.user_id
join role_permission rp on rp.role_id = g.role_id;

-- Service accounts are machine clients: no console sign-in, tokens issued by the security administrator.
alter table app_user add column service_account boolean default false not null;
