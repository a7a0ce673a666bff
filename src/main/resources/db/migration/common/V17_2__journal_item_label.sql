-- Edition items carry the security label of their source, so that an edition is never labelled below what it
-- prints. Existing items take the label of the adopted item they were compiled from where it is still known,
-- otherwise (hand-written items, adoptions gone) the label of their edition.
alter table edition_item add column label varchar(32);

update edition_item i set label = (
    select a.label from reporting_adoption a
    where cast(a.id as varchar(64)) = i.source_id)
where i.source_type = 'reporting.adoption';

update edition_item i set label = (
    select e.security_label from edition_section s join edition e on e.id = s.edition_id
    where s.id = i.section_id)
where i.label is null;

alter table edition_item alter column label set not null;
