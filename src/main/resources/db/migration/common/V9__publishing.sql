-- Appearance of a site's public pages that its administrators set without touching templates.
create table publishing_site_appearance (
    site_id        bigint       not null,
    logo_blob_id   bigint,
    primary_colour varchar(7),
    footer_text    varchar(500),
    updated_by     varchar(100) not null,
    updated_at     timestamp with time zone not null,
    constraint pk_publishing_site_appearance primary key (site_id),
    constraint fk_publishing_appearance_site foreign key (site_id) references site (id) on delete cascade
);
