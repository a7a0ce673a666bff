-- Pictures of a submission's body (blob ids), so that whoever may read the submission may read them,
-- and lookups of a blob among submissions' attachments and pictures (who may download it).
create table reporting_submission_image (
    submission_id bigint not null,
    blob_id bigint not null,
    constraint pk_reporting_submission_image primary key (submission_id, blob_id),
    constraint fk_reporting_image_submission foreign key (submission_id)
        references reporting_submission (id) on delete cascade
);

create index ix_reporting_submission_image_blob on reporting_submission_image (blob_id);
create index ix_reporting_submission_attachment_blob on reporting_submission_attachment (blob_id);
