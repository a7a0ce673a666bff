-- Whether a blueprint's channels are locked on its sites (no rename, reorder or removal by site
-- administrators). Configurable per blueprint; existing blueprints keep their channels locked.
alter table site_blueprint add column locked boolean default true not null;
