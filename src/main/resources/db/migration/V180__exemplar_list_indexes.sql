-- The register's list, counts and totals run in the database (issue 12): indexes for its filters, its orders and
-- the annual review's steps in a period. Plain b-tree indexes, the same on H2 and PostgreSQL.

-- Filters that narrow most (status, field, kind) with the reader's units, and the list's orders.
create index exemplar_exemplar_status_field on exemplar_exemplar (status, field_code, unit_id);
create index exemplar_exemplar_field_unit on exemplar_exemplar (field_code, unit_id);
create index exemplar_exemplar_kind_unit on exemplar_exemplar (kind, unit_id);
create index exemplar_exemplar_level on exemplar_exemplar (recognition_level, unit_id);
create index exemplar_exemplar_registered on exemplar_exemplar (registered_on, id);
create index exemplar_exemplar_search_text on exemplar_exemplar (search_text, id);
create index exemplar_exemplar_recognised on exemplar_exemplar (recognised_on, id);

-- The stage filter is a sub-query on the stage entries by stage.
create index exemplar_stage_entry_stage on exemplar_stage_entry (stage_code, exemplar_id);

-- The annual review: the exemplars with a step of an action in a period.
create index exemplar_step_action_day on exemplar_step (action, happened_on, exemplar_id);
