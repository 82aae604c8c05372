-- Whom this installation belongs to: one row, written by the administrator on first sign-in (or by the demo
-- data). The owning body is a unit of the org tree, so the name shown follows the unit's own name.
create table site_identity (
    id               bigint       primary key,
    owner_unit_id    bigint       not null references org_unit (id),
    portal_name      varchar(255),
    parent_line      varchar(255),
    address          varchar(255),
    phone            varchar(30),
    email            varchar(120),
    public_url       varchar(255),
    logo_file_id     bigint references platform_stored_file (id),
    logo_original_id bigint references platform_stored_file (id),
    description      varchar(300),
    print_place      varchar(100),
    default_language varchar(5)   not null default 'vi',
    updated_at       timestamp with time zone,
    updated_by       varchar(100),
    version          bigint       not null default 0
);
