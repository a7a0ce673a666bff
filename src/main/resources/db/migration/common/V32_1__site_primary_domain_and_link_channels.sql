-- The primary domain of a site is chosen by its administrator; until now the alphabetically first
-- domain was used for canonical links, feeds, sitemaps and the export folder, so existing sites keep it.
alter table site add column primary_domain varchar(253);
update site set primary_domain = (select min(d.domain) from site_domain d where d.site_id = site.id);

-- A channel of kind LINK points at an address (http/https or a path of the site) instead of holding
-- articles; a blueprint entry of kind LINK may give the address its channels start with.
alter table site_channel add column link_url varchar(2000);
alter table site_blueprint_entry add column link_url varchar(2000);
