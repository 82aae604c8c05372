-- The registry lists and searches newest first and stops at a page: an index in that order lets the database
-- read the newest rows first and stop once the page is full, instead of sorting the whole registry.
create index commendation_commendation_latest on commendation_commendation (awarded_on desc, id desc);
