-- Information desk (reporting module): which organisations report, and what applies per unit type.
-- Organisation ids refer to the identity module by value only (no foreign keys across modules).
create table reporting_unit_type (
    type varchar(16) primary key,
    monthly_quota integer not null,
    signoff_chain varchar(64),
    version bigint not null,
    updated_at timestamp with time zone not null
);

insert into reporting_unit_type (type, monthly_quota, signoff_chain, version, updated_at)
values ('COUNTY', 8, 'reporting-signoff', 0, current_timestamp);
insert into reporting_unit_type (type, monthly_quota, signoff_chain, version, updated_at)
values ('DEPARTMENT', 6, 'reporting-signoff', 0, current_timestamp);
insert into reporting_unit_type (type, monthly_quota, signoff_chain, version, updated_at)
values ('DIRECT', 3, 'reporting-signoff', 0, current_timestamp);

create table reporting_unit (
    organisation_id bigint primary key,
    type varchar(16) not null,
    version bigint not null,
    updated_at timestamp with time zone not null,
    constraint fk_reporting_unit_type foreign key (type) references reporting_unit_type (type)
);
create index ix_reporting_unit_type on reporting_unit (type);
