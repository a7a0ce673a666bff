-- The security administrator marks a role (one carrying no administrative duty) as delegable: user
-- administrators (user:write) may then grant and revoke it to ordinary accounts inside their own scope.
alter table app_role add column delegable boolean default false not null;
