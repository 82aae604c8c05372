-- The body that published an article, as it was named on the day (a 2020 article of the district's board keeps
-- that board's name after the 2025 mergers). Empty for articles published before this column existed.
alter table portal_article add column publisher varchar(300);
