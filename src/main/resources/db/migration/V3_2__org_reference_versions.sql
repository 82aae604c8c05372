alter table org_level add column version bigint not null default 0;
alter table org_unit_kind add column version bigint not null default 0;
