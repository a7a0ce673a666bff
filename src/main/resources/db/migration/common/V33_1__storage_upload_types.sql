-- The allow-list of upload types (file extensions) as the system administrator set it; without a row
-- the built-in defaults apply (office documents, PDF/OFD, pictures, archives, audio and video).
create table storage_upload_types (
    id          integer       primary key,
    extensions  varchar(2000) not null,
    changed_by  varchar(100)  not null,
    changed_at  timestamp with time zone not null
);
