-- The overdue list per agency reads the agency's petitions newest first and stops at the list's limit: this index
-- gives them in that order, so no sort of the agency's whole history is needed.
create index dialogue_petition_agency_received on dialogue_petition (forwarded_to_unit_id, received_on desc, id desc);
-- The register and the figures read one unit's petitions of a period in date order.
create index dialogue_petition_unit_received on dialogue_petition (unit_id, received_on, id);
