-- Score facts carry the labels of the items they count, so that scores and instruction counts leave out what
-- the viewer may not read: label is the adopted item's or the instruction's, edition_label the edition's for a
-- use in an edition. Null for facts about no item (commissions, quotas). Existing facts get their sources' labels.
alter table reporting_score_fact add column label varchar(32);
alter table reporting_score_fact add column edition_label varchar(32);

update reporting_score_fact f set label = i.label
from reporting_instruction i
where f.source like 'instruction:%' and f.source = 'instruction:' || i.id;

update reporting_score_fact f set label = a.label, edition_label = e.security_label
from reporting_adoption a, edition e
where f.source like 'edition:%'
  and split_part(f.source, ':', 2) = e.id::text
  and split_part(f.source, ':', 3) = a.id::text;

