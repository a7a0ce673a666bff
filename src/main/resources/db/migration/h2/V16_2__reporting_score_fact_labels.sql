-- Score facts carry the labels of the items they count, so that scores and instruction counts leave out what
-- the viewer may not read: label is the adopted item's or the instruction's, edition_label the edition's for a
-- use in an edition. Null for facts about no item (commissions, quotas). Existing facts get their sources' labels.
alter table reporting_score_fact add column label varchar(32);
alter table reporting_score_fact add column edition_label varchar(32);

update reporting_score_fact f set label = (
    select i.label from reporting_instruction i
    where i.id = cast(substring(f.source, 13) as bigint))
where f.source like 'instruction:%';

-- 'edition:<edition id>:<adoption id>'
update reporting_score_fact f set
    label = (
        select a.label from reporting_adoption a
        where a.id = cast(substring(f.source, locate(':', f.source, 9) + 1) as bigint)),
    edition_label = (
        select e.security_label from edition e
        where e.id = cast(substring(f.source, 9, locate(':', f.source, 9) - 9) as bigint))
where f.source like 'edition:%:%';
