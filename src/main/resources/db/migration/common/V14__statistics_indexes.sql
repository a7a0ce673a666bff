-- Statistics count submissions per unit by the day they were submitted and the day they were adopted
-- (reporting_submission belongs to the reporting module, which provides these figures).
create index ix_reporting_submission_unit_submitted on reporting_submission (organisation_id, submitted_at);
create index ix_reporting_submission_decided on reporting_submission (state, decided_at);
