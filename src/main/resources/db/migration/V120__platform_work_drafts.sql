-- Work in progress (import previews and the like) kept in the database, so that any node of a cluster can commit
-- it and a restart loses nothing: one row per token, readable only by the account that made it, until it expires.
create table platform_work_draft (
    token       varchar(36)  primary key,
    kind        varchar(60)  not null,
    owner       varchar(100) not null,
    payload     bytea        not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null
);
create index platform_work_draft_expiry on platform_work_draft (expires_at);

-- Uploaded files may be kept in the database (danvan.files.store=database) instead of a shared directory.
create table platform_stored_file_content (
    storage_key varchar(64) primary key,
    content     bytea       not null
);
