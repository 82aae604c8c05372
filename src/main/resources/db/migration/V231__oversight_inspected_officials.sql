-- Officials inspected or supervised in person (issue 14: "the inspected units (or officials)"). The official's
-- unit on the day they were chosen is kept with them, so the lists and figures scope them by unit in SQL and a
-- later transfer does not move a past inspection.
create table oversight_inspected_official (
    inspection_id bigint not null references oversight_inspection (id),
    official_id bigint not null,
    unit_id bigint not null,
    primary key (inspection_id, official_id)
);

create index oversight_inspected_official_unit on oversight_inspected_official (unit_id);
