-- Sign-in events (and every other entry made during a web request) keep the client's address (ASVS 7.1.3).
-- 45 characters hold any IPv6 address in text form.
alter table platform_audit_entry add column client_address varchar(45);
