-- The steering committee's term and its founding decision's file: a committee is never deleted, its term ends.
alter table oversight_committee add column ends_on date;
alter table oversight_committee add column decision_file_id bigint references platform_stored_file (id);
