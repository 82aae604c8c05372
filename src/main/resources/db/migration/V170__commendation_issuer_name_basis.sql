-- The legal basis (căn cứ) of each name an issuer has had, entered by the administrator when the law renames it.
alter table commendation_issuer_name add column legal_basis varchar(300);
